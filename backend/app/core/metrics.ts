import { collectDefaultMetrics, Registry } from 'prom-client'

/**
 * The one Prometheus registry behind GET /metrics, with Node's process
 * metrics. Each capability declares its own counters and histograms on it,
 * beside the code that records them (`registers: [metricsRegistry]`).
 */
export const metricsRegistry = new Registry()
collectDefaultMetrics({ register: metricsRegistry })
