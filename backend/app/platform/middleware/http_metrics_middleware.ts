import { Counter, Histogram } from 'prom-client'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { metricsRegistry } from '#core/metrics'

/** Labels by route pattern, never the raw URL, which would explode the number of series. */
const labelNames = ['method', 'route', 'status'] as const

const httpRequestsTotal = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status',
  labelNames,
  registers: [metricsRegistry],
})

const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency in seconds, by method, route pattern and status',
  labelNames,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
})

/** Route label for requests no route matched. */
const UNMATCHED_ROUTE = '(unmatched)'

/**
 * Counts every response and its latency once it has been sent, so errors
 * turned into responses by the exception handler are counted with their
 * final status.
 */
export default class HttpMetricsMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const started = process.hrtime.bigint()
    ctx.response.response.once('finish', () => {
      const labels = {
        method: ctx.request.method(),
        route: ctx.route?.pattern ?? UNMATCHED_ROUTE,
        status: String(ctx.response.getStatus()),
      }
      httpRequestsTotal.inc(labels)
      httpRequestDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9)
    })
    return next()
  }
}
