import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client'

/**
 * The Prometheus registry behind GET /metrics: Node process metrics plus
 * HTTP request counts and latencies labelled by route pattern (never the raw
 * URL, which would explode the number of series).
 */
export const metricsRegistry = new Registry()
collectDefaultMetrics({ register: metricsRegistry })

const labelNames = ['method', 'route', 'status'] as const

export const httpRequestsTotal = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status',
  labelNames,
  registers: [metricsRegistry],
})

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency in seconds, by method, route pattern and status',
  labelNames,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
})

/** Route label for requests no route matched. */
export const UNMATCHED_ROUTE = '(unmatched)'

export function recordHttpRequest(
  labels: { method: string; route?: string; status: number },
  seconds: number
) {
  const values = {
    method: labels.method,
    route: labels.route ?? UNMATCHED_ROUTE,
    status: String(labels.status),
  }
  httpRequestsTotal.inc(values)
  httpRequestDuration.observe(values, seconds)
}
