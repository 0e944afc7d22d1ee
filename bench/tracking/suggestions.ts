/**
 * Dispatch suggestions against nearby drivers at fleet scale, in the same
 * run and taking turns query by query: CREWS crews (a driver, a truck with
 * a base, the link, verified papers; 80 % on duty with a fresh position),
 * then RUNS random pickups within ~50 km of Nairobi through
 * DispatchSuggestionService.forOrder (radius 200 km, 10 suggestions) and
 * DriverPositionService.nearby (10 km, 20 drivers). Positions are made fresh
 * again before each measured set (they go stale after TRACKING_FRESH_SECONDS).
 * Prints the EXPLAIN ANALYZE of both walks once, then p50/p95/p99 and the
 * ratio. The rows are tagged "bench crews" and removed at the end (and at
 * the start, when a killed run left them): a minute at 100,000 crews since
 * every foreign key has an index (it took over ten minutes before).
 *
 *   cd backend && node --import=@poppinss/ts-exec ../bench/tracking/suggestions.ts [crews] [runs]
 */
import { loadavg } from 'node:os'
import { bootBackend } from './app.js'

const crews = Number(process.argv[2] ?? 100_000)
const runs = Number(process.argv[3] ?? 1000)
const { app, load } = await bootBackend()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { default: DispatchSuggestionService } = await load(
  'app/orders/services/dispatch_suggestion_service.ts'
)
const { default: DriverPositionService } = await load(
  'app/tracking/services/driver_position_service.ts'
)
const { default: Order } = await load('app/orders/models/order.ts')

const NAME = 'bench crews'
const log = (line: string) => process.stderr.write(`[suggestions] ${line}\n`)

async function cleanup() {
  const started = Date.now()
  const orgs = await db.from('organisations').where('name', NAME).select('id')
  const ids = orgs.map((o: { id: number }) => o.id)
  if (ids.length === 0) return
  await db.from('orders').where('cargo_kind', NAME).delete()
  await db.rawQuery('DELETE FROM driver_positions WHERE organisation_id = ANY(?)', [ids])
  await db.from('users').whereIn('organisation_id', ids).delete() // links and licences cascade
  await db.from('organisations').whereIn('id', ids).delete() // vehicles and their papers cascade
  log(`removed the bench crews in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

// Separate statements joined by phone and plate: one CTE doing it all ran for 25+ minutes.
async function seed() {
  const started = Date.now()
  const [org] = await db
    .table('organisations')
    .insert({
      name: NAME,
      kind: 'carrier',
      country: 'KE',
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
  const orgId = org.id ?? org
  const around = (centre: number) => `${centre} + (random() - 0.5) * 0.9`
  await db.rawQuery(
    `INSERT INTO users (phone, name, role, organisation_id, locale, created_at, updated_at)
     SELECT '+2557' || lpad(g::text, 8, '0'), 'crew ' || g, 'driver', ?, 'en', now(), now()
     FROM generate_series(1, ?) g`,
    [orgId, crews]
  )
  await db.rawQuery(
    `INSERT INTO vehicles (organisation_id, vehicle_type_id, plate, base_lat, base_lng, created_at, updated_at)
     SELECT ?, (SELECT id FROM vehicle_types WHERE code = 'flatbed_10t'), 'BC' || lpad(g::text, 8, '0'),
            ${around(-1.2921)}, ${around(36.8219)}, now(), now()
     FROM generate_series(1, ?) g`,
    [orgId, crews]
  )
  await db.rawQuery(
    `INSERT INTO vehicle_drivers (vehicle_id, driver_id, created_at)
     SELECT v.id, u.id, now() FROM vehicles v
     JOIN users u ON u.phone = '+2557' || substr(v.plate, 3)
     WHERE v.organisation_id = ?`,
    [orgId]
  )
  const paper = `'N', '2099-12-31', 'bench/paper.pdf', 'paper.pdf', 'application/pdf', 1, 'verified', now(), now()`
  const columns = `number, expires_on, file_key, file_name, content_type, file_size, status, created_at, updated_at`
  await db.rawQuery(
    `INSERT INTO fleet_documents (kind, organisation_id, vehicle_id, ${columns})
     SELECT k::fleet_document_kind, v.organisation_id, v.id, ${paper}
     FROM vehicles v, unnest(ARRAY['registration_card', 'insurance']) k WHERE v.organisation_id = ?`,
    [orgId]
  )
  await db.rawQuery(
    `INSERT INTO fleet_documents (kind, organisation_id, driver_id, ${columns})
     SELECT 'driving_licence', u.organisation_id, u.id, ${paper} FROM users u WHERE u.organisation_id = ?`,
    [orgId]
  )
  await db.rawQuery(
    `INSERT INTO driver_positions (driver_id, organisation_id, position, recorded_at, on_duty, updated_at)
     SELECT id, organisation_id,
            ST_SetSRID(ST_MakePoint(${around(36.8219)}, ${around(-1.2921)}), 4326)::geography,
            now(), random() < 0.8, now()
     FROM users WHERE organisation_id = ?`,
    [orgId]
  )
  for (const table of [
    'users',
    'vehicles',
    'vehicle_drivers',
    'fleet_documents',
    'driver_positions',
  ])
    await db.rawQuery(`ANALYZE ${table}`)
  log(`seeded ${crews} crews in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return orgId as number
}

// Fresh again, then vacuumed: 100,000 updated rows leave as many dead index entries, which
// every nearest-first walk would step over (a real fleet's positions are vacuumed as they go).
async function refresh(orgId: number) {
  await db.rawQuery('UPDATE driver_positions SET recorded_at = now() WHERE organisation_id = ?', [
    orgId,
  ])
  await db.rawQuery('VACUUM ANALYZE driver_positions')
}
const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ]

// BENCH_KEEP=1 keeps the crews for the next run, which then reuses them.
const [kept] = await db.from('organisations').where('name', NAME).select('id')
if (!(process.env.BENCH_KEEP && kept)) await cleanup()
const orgId: number = process.env.BENCH_KEEP && kept ? kept.id : await seed()
const [shipper] = await db.from('users').where('organisation_id', orgId).limit(1)
const suggester = await app.container.make(DispatchSuggestionService)
const positions = await app.container.make(DriverPositionService)
const randomPickup = () => ({
  lat: -1.2921 + (Math.random() - 0.5) * 0.6,
  lng: 36.8219 + (Math.random() - 0.5) * 0.6,
})
const order = await Order.create({
  shipperId: shipper.id,
  status: 'posted',
  pickup: randomPickup(),
  pickupAddress: NAME,
  dropoff: randomPickup(),
  dropoffAddress: NAME,
  cargoKind: NAME,
  cargoWeightKg: 5000,
  cargoRefrigerated: false,
  requiredVehicleTypeId: null,
  currency: 'KES',
  paymentMethod: 'cash',
})

// The plans, once: a query log of what the suggestion service sends, explained.
const knex = db.connection().getWriteClient()
const sent: { sql: string; bindings: unknown[] }[] = []
const listen = (q: { sql: string; bindings?: unknown[] }) => {
  if (/WITH live AS/.test(q.sql)) sent.push({ sql: q.sql, bindings: q.bindings ?? [] })
}
await refresh(orgId)
knex.on('query', listen)
const sample = await suggester.forOrder(order)
knex.off('query', listen)
for (const query of sent) {
  const plan = await knex.raw(
    `EXPLAIN (ANALYZE, BUFFERS) ${query.sql.replace(/\$\d+/g, '?')}`,
    query.bindings
  )
  process.stdout.write(
    `\n\`\`\`\n${plan.rows.map((r: any) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`
  )
}
log(
  `sample: ${sample.length} suggestions, ${sample.filter((s: any) => s.locationSource === 'live').length} live`
)

// Time spent in the database per statement kind, from the query events (all connections).
const started = new Map<string, number>()
const inDatabase = { crews: 0, papers: 0, nearby: 0 }
const kindOf = (sql: string) =>
  /WITH live AS/.test(sql)
    ? 'crews'
    : /fleet_documents/.test(sql)
      ? 'papers'
      : /driver_positions/.test(sql)
        ? 'nearby'
        : null
knex.on('query', (q: any) => started.set(q.__knexQueryUid, performance.now()))
knex.on('query-response', (_: unknown, q: any) => {
  const kind = kindOf(q.sql)
  const t = started.get(q.__knexQueryUid)
  started.delete(q.__knexQueryUid)
  if (kind && t !== undefined) inDatabase[kind] += performance.now() - t
})
const loadBefore = loadavg()[0]
const timings = { suggestions: [] as number[], nearby: [] as number[] }
const sets = 5
for (let set = 0; set < sets; set++) {
  await refresh(orgId)
  for (let i = 0; i < runs / sets + (set === 0 ? 20 : 0); i++) {
    order.pickup = randomPickup()
    await order.save()
    let t = performance.now()
    await suggester.forOrder(order)
    const s = performance.now() - t
    t = performance.now()
    await positions.nearby({ ...order.pickup, radiusKm: 10, limit: 20 }, 'all')
    const n = performance.now() - t
    if (set === 0 && i < 20) {
      inDatabase.crews = inDatabase.papers = inDatabase.nearby = 0
      continue // warm-up
    }
    timings.suggestions.push(s)
    timings.nearby.push(n)
  }
}
const row = (name: string, values: number[]) =>
  `| ${name} | ${pct(values, 50).toFixed(2)} | ${pct(values, 95).toFixed(2)} | ${pct(values, 99).toFixed(2)} |`
process.stdout.write(
  [
    '',
    `| ${crews.toLocaleString('en')} crews, ${timings.nearby.length} queries each, taking turns | p50 ms | p95 ms | p99 ms |`,
    '|---|---|---|---|',
    row('nearby drivers (DriverPositionService.nearby, 10 km, 20)', timings.nearby),
    row(
      'dispatch suggestions (DispatchSuggestionService.forOrder, 200 km, 10)',
      timings.suggestions
    ),
    `| suggestions / nearby | ${(pct(timings.suggestions, 50) / pct(timings.nearby, 50)).toFixed(2)} | ${(pct(timings.suggestions, 95) / pct(timings.nearby, 95)).toFixed(2)} | ${(pct(timings.suggestions, 99) / pct(timings.nearby, 99)).toFixed(2)} |`,
    '',
    `Load average (1 min) ${loadBefore.toFixed(1)} before the timed queries, ${loadavg()[0].toFixed(1)} after.`,
    '',
    `Time between sending and answer, mean per call: crews statement ${(inDatabase.crews / timings.suggestions.length).toFixed(2)} ms, ` +
      `papers ${(inDatabase.papers / timings.suggestions.length).toFixed(2)} ms, nearby ${(inDatabase.nearby / timings.nearby.length).toFixed(2)} ms; ` +
      `whole call: suggestions ${(timings.suggestions.reduce((a, b) => a + b, 0) / timings.suggestions.length).toFixed(2)} ms, ` +
      `nearby ${(timings.nearby.reduce((a, b) => a + b, 0) / timings.nearby.length).toFixed(2)} ms.`,
    '',
  ].join('\n')
)
if (!process.env.BENCH_KEEP) await cleanup()
await app.terminate()
