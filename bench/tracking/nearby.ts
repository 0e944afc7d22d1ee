/**
 * Nearby-driver query latency through the real service (SQL only, no
 * HTTP), over the NEARBY_ROWS last positions the seed created.
 */
import { bootBackend } from './app.js'

const runs = Number(process.argv[2] ?? 1000)
const { app, load } = await bootBackend()
const { default: DriverPositionService } = await load('app/tracking/services/driver_position_service.ts')
const positions = await app.container.make(DriverPositionService)
const latencies: number[] = []
let found = 0
for (let i = 0; i < runs + 50; i++) {
  const lat = -1.2921 + (Math.random() - 0.5) * 0.6
  const lng = 36.8219 + (Math.random() - 0.5) * 0.6
  const t = performance.now()
  const rows = await positions.nearby({ lat, lng, radiusKm: 10, limit: 20 }, 'all')
  if (i >= 50) {
    latencies.push(performance.now() - t)
    found += rows.length
  }
}
process.stdout.write(JSON.stringify({ latencies, avgFound: found / runs }))
await app.terminate()
