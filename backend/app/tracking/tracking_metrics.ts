import { Counter, Histogram } from 'prom-client'
import { metricsRegistry } from '#core/metrics'

/** Tracking's series on GET /metrics. */
export const trackingPointsTotal = new Counter({
  name: 'tracking_points_total',
  help: 'GPS points received, by way in (socket, http, osmand) and outcome (accepted, duplicate, skipped)',
  labelNames: ['source', 'outcome'] as const,
  registers: [metricsRegistry],
})

export const trackingBatchesRefusedTotal = new Counter({
  name: 'tracking_batches_refused_total',
  help: 'Position batches refused, by way in and error code',
  labelNames: ['source', 'code'] as const,
  registers: [metricsRegistry],
})

export const trackingFlushSeconds = new Histogram({
  name: 'tracking_flush_seconds',
  help: 'Time to write one buffered batch of points (INSERT + last-position upsert + COMMIT)',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
})

export const trackingFlushPoints = new Histogram({
  name: 'tracking_flush_points',
  help: 'Points written per flush',
  buckets: [1, 10, 50, 100, 250, 500, 1000, 2500],
  registers: [metricsRegistry],
})
