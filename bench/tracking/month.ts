/**
 * gps_pings at a month of data (issue 14 part 1's cost): synthetic drivers
 * report every EVERY_S seconds, each day on its own order. The same reads
 * (an order's track for its day through OrderTrackService.actualPath, its
 * last point) and the same write (a batch of 1,000 points for today, the
 * write buffer's statement) are timed with one day of data in the table and
 * again with thirty, in the same run: the ratio says what a month costs.
 * Rows use driver and order ids far outside real ones, removed at the end.
 *
 *   cd backend && node --import=@poppinss/ts-exec ../bench/tracking/month.ts [drivers] [everyS] [days]
 */
import { bootBackend } from './app.js'

const drivers = Number(process.argv[2] ?? 50)
const everyS = Number(process.argv[3] ?? 60)
const days = Number(process.argv[4] ?? 30)
const READS = 200
const { load } = await bootBackend()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { default: OrderTrackService } = await load('app/tracking/services/order_track_service.ts')
const { default: GpsPartitionService } = await load(
  'app/tracking/services/gps_partition_service.ts'
)
const { LIST_PARTITIONS_SQL, DAY_MS, dayStart } = await load('app/tracking/gps_partitions.ts')

const DRIVER_BASE = 1_800_000_000
const ORDER_BASE = 1_800_000_000
const log = (line: string) => process.stderr.write(`[month] ${line}\n`)
const today = dayStart(Date.now())
const orderOf = (driver: number, day: number) => ORDER_BASE + driver * 100 + day
const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ]

/** Day `day` back from today (1 = yesterday): every driver every `everyS` seconds, in one statement. */
async function fillDay(day: number) {
  const from = new Date(today - day * DAY_MS).toISOString()
  await db.rawQuery(
    `INSERT INTO gps_pings (driver_id, order_id, recorded_at, position, accuracy_m, speed_mps, source)
     SELECT ? + d, ? + d * 100 + ?, ?::timestamptz + make_interval(secs => s),
            ST_SetSRID(ST_MakePoint(36.8 + d * 0.001 + s / 8.64e6, -1.3 + s / 8.64e6), 4326)::geography,
            5, 12, 'socket'
       FROM generate_series(0, ? - 1) d, generate_series(0, 86399, ?) s`,
    [DRIVER_BASE, ORDER_BASE, day, from, drivers, everyS]
  )
}

async function measure(label: string) {
  await db.rawQuery('ANALYZE gps_pings')
  const tracks = new OrderTrackService()
  const times = { track: [] as number[], last: [] as number[], write: [] as number[] }
  for (let i = 0; i < READS; i++) {
    const driver = Math.floor(Math.random() * drivers)
    const window = { from: today - DAY_MS, to: today - 1 }
    let t = performance.now()
    const path = await tracks.actualPath(orderOf(driver, 1), DRIVER_BASE + driver, window)
    times.track.push(performance.now() - t)
    if (path.properties.points !== 86_400 / everyS)
      throw new Error(`track: ${path.properties.points} points`)
    t = performance.now()
    await tracks.lastPoint(orderOf(driver, 1), DRIVER_BASE + driver, window)
    times.last.push(performance.now() - t)
  }
  // Writes: batches of 1,000 points for today, the write buffer's INSERT … unnest shape.
  for (let i = 0; i < 20; i++) {
    const at = Date.now() - 60_000 + i
    const ids = Array.from({ length: 1000 }, (_, k) => DRIVER_BASE + 10_000 + k)
    const t = performance.now()
    await db.rawQuery(
      `INSERT INTO gps_pings (driver_id, order_id, recorded_at, position, source)
       SELECT d, NULL, ?::timestamptz, ST_SetSRID(ST_MakePoint(36.8, -1.3), 4326)::geography, 'socket'
         FROM unnest(?::int[]) d ON CONFLICT (driver_id, recorded_at) DO NOTHING`,
      [new Date(at + (label === 'one day' ? 0 : 100)).toISOString(), `{${ids.join(',')}}`]
    )
    times.write.push(performance.now() - t) // ms per 1,000 points = µs per point
  }
  const { rows } = await db.rawQuery(
    `SELECT count(*)::int AS n, sum(pg_total_relation_size(inhrelid))::bigint AS bytes,
            sum((SELECT reltuples FROM pg_class WHERE oid = inhrelid))::bigint AS rows
       FROM pg_inherits WHERE inhparent = 'gps_pings'::regclass`
  )
  return {
    label,
    times,
    partitions: rows[0].n,
    mb: Number(rows[0].bytes) / 2 ** 20,
    rows: Number(rows[0].rows),
  }
}

async function cleanup() {
  await db.rawQuery('DELETE FROM gps_pings WHERE driver_id >= ?', [DRIVER_BASE])
}

await cleanup()
await new GpsPartitionService().ensure(today - (days + 1) * DAY_MS, today + DAY_MS)
log(`${(await db.rawQuery(LIST_PARTITIONS_SQL)).rows.length} partitions`)
let t = Date.now()
await fillDay(1)
log(`one day filled in ${((Date.now() - t) / 1000).toFixed(0)} s`)
const one = await measure('one day')
t = Date.now()
for (let day = 2; day <= days; day++) await fillDay(day)
const fillS = (Date.now() - t) / 1000
log(`${days} days filled in ${fillS.toFixed(0)} s`)
const month = await measure(`${days} days`)
await cleanup()

const row = (name: string, key: 'track' | 'last' | 'write') =>
  `| ${name} | ${pct(one.times[key], 50).toFixed(2)} / ${pct(one.times[key], 95).toFixed(2)} | ` +
  `${pct(month.times[key], 50).toFixed(2)} / ${pct(month.times[key], 95).toFixed(2)} | ` +
  `${(pct(month.times[key], 50) / pct(one.times[key], 50)).toFixed(2)} |`
process.stdout.write(
  [
    `${drivers} synthetic drivers, a point every ${everyS} s, each day on its own order: ` +
      `${one.rows.toLocaleString('en')} rows (1 day) then ${month.rows.toLocaleString('en')} (${days} days, filled in ${fillS.toFixed(0)} s); ` +
      `gps_pings ${one.mb.toFixed(0)} MB then ${month.mb.toFixed(0)} MB in ${month.partitions} partitions (the table's other days included).`,
    '',
    `| ${READS} reads / 20 writes each | 1 day p50 / p95 ms | ${days} days p50 / p95 ms | ${days} days / 1 day (p50) |`,
    '|---|---|---|---|',
    row(`an order's day track (actualPath, ${86_400 / everyS} points)`, 'track'),
    row("an order's last point (lastPoint)", 'last'),
    row('a batch of 1,000 points for today (ms, = µs per point)', 'write'),
    '',
  ].join('\n')
)
process.exit(0)
