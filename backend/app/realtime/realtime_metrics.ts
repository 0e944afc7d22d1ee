import { Gauge } from 'prom-client'
import { metricsRegistry } from '#core/metrics'

/** Realtime's series on GET /metrics. */
export const realtimeSockets = new Gauge({
  name: 'realtime_sockets',
  help: 'Socket.IO clients connected to this API node',
  registers: [metricsRegistry],
})
