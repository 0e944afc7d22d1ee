/**
 * Nearby-driver query latency through the real service (SQL only, no
 * HTTP), over the NEARBY_ROWS last positions the seed created, taking turns
 * query by query with a yardstick: a primary-key lookup of a random driver's
 * position, so the tail can be read against the machine's own on a noisy box.
 *
 *   cd backend && node --import=@poppinss/ts-exec ../bench/tracking/nearby.ts [runs]
 */
import { bootBackend } from './app.js'

const runs = Number(process.argv[2] ?? 1000)
const { app, load } = await bootBackend()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { default: DriverPositionService } = await load(
  'app/tracking/services/driver_position_service.ts'
)
const positions = await app.container.make(DriverPositionService)
const [{ min, max }] = (
  await db.rawQuery('SELECT min(driver_id), max(driver_id) FROM driver_positions')
).rows
const latencies: number[] = []
const yardstick: number[] = []
let found = 0
for (let i = 0; i < runs + 50; i++) {
  const lat = -1.2921 + (Math.random() - 0.5) * 0.6
  const lng = 36.8219 + (Math.random() - 0.5) * 0.6
  let t = performance.now()
  const rows = await positions.nearby({ lat, lng, radiusKm: 10, limit: 20 }, 'all')
  const n = performance.now() - t
  t = performance.now()
  await db.rawQuery('SELECT driver_id, recorded_at FROM driver_positions WHERE driver_id = ?', [
    min + Math.floor(Math.random() * (max - min + 1)),
  ])
  const y = performance.now() - t
  if (i >= 50) {
    latencies.push(n)
    yardstick.push(y)
    found += rows.length
  }
}
process.stdout.write(JSON.stringify({ latencies, yardstick, avgFound: found / runs }))
await app.terminate()
