/**
 * Dispatch suggestions against nearby drivers at fleet scale, in the same
 * run and taking turns query by query: CREWS crews (a driver, a truck with
 * a base, the link, verified papers; 80 % on duty with a fresh position;
 * 2 % of drivers suspended, 5 % of trucks with lapsed insurance) and one
 * order per crew (10 % of drivers busy on an order in transit, 70 % with a
 * completed one, 20 % posted and unassigned), then RUNS random pickups within ~50 km of Nairobi through
 * DispatchSuggestionService.forOrder (radius 200 km, 10 suggestions) and
 * DriverPositionService.nearby (10 km, 20 drivers). Positions are made fresh
 * again before each measured set (they go stale after TRACKING_FRESH_SECONDS).
 * Prints the plans once (the function's statement through auto_explain), then
 * p50/p95/p99 on the wall clock and on the server (EXPLAIN ANALYZE planning +
 * execution, summed over every statement a suggestion sent; EXPLAIN EXECUTE of
 * the kept plan for a prepared statement, as the API runs it), each against a
 * primary-key lookup timed the same way (the yardstick). The rows are tagged "bench crews" and removed at the end (and
 * at the start, when a killed run left them): a minute at 100,000 crews since
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
    `INSERT INTO users (phone, name, role, organisation_id, locale, suspended_at, created_at, updated_at)
     SELECT '+2557' || lpad(g::text, 8, '0'), 'crew ' || g, 'driver', ?, 'en',
            CASE WHEN g % 50 = 0 THEN now() END, now(), now()
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
  const paper = (expires: string) =>
    `'N', ${expires}, 'bench/paper.pdf', 'paper.pdf', 'application/pdf', 1, 'verified', now(), now()`
  const columns = `number, expires_on, file_key, file_name, content_type, file_size, status, created_at, updated_at`
  await db.rawQuery(
    `INSERT INTO fleet_documents (kind, organisation_id, vehicle_id, ${columns})
     SELECT k::fleet_document_kind, v.organisation_id, v.id,
            ${paper(`CASE WHEN k = 'insurance' AND v.id % 20 = 0 THEN DATE '2026-01-31' ELSE DATE '2099-12-31' END`)}
     FROM vehicles v, unnest(ARRAY['registration_card', 'insurance']) k WHERE v.organisation_id = ?`,
    [orgId]
  )
  await db.rawQuery(
    `INSERT INTO fleet_documents (kind, organisation_id, driver_id, ${columns})
     SELECT 'driving_licence', u.organisation_id, u.id, ${paper(`DATE '2099-12-31'`)}
     FROM users u WHERE u.organisation_id = ?`,
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
  // The orders the busy check reads: one per crew, shipped by the first crew's account.
  await db.rawQuery(
    `INSERT INTO orders (shipper_id, status, pickup, pickup_address, dropoff, dropoff_address,
                         cargo_kind, cargo_weight_kg, currency, payment_method, assigned_driver_id,
                         carrier_organisation_id, created_at, updated_at)
     SELECT shipper.id, o.status, o.pickup, ?, o.pickup, ?, ?, 5000, 'KES', 'cash',
            CASE WHEN o.status <> 'posted' THEN u.id END,
            CASE WHEN o.status <> 'posted' THEN u.organisation_id END, now(), now()
       FROM users u
       CROSS JOIN (SELECT min(id) AS id FROM users WHERE organisation_id = ?) shipper
       CROSS JOIN LATERAL (
         SELECT CASE WHEN u.id % 10 = 0 THEN 'in_transit'
                     WHEN u.id % 10 < 3 THEN 'posted' ELSE 'completed' END AS status,
                ST_SetSRID(ST_MakePoint(${around(36.8219)}, ${around(-1.2921)}), 4326)::geography
                  AS pickup) o
      WHERE u.organisation_id = ?`,
    [NAME, NAME, NAME, orgId, orgId]
  )
  for (const table of [
    'users',
    'vehicles',
    'vehicle_drivers',
    'fleet_documents',
    'driver_positions',
    'orders',
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

// What the service sends, kept per kind (the last call's), to explain and to time on the server.
const knex = db.connection().getWriteClient()
const kindOf = (sql: string) =>
  /dispatch_nearest_crews/.test(sql) ? 'crews' : /<->/.test(sql) ? 'nearby' : null
// `name`: sent as that prepared statement (preparedQuery), timed on the server the same way.
type Sent = { sql: string; bindings: unknown[]; name?: string }
const lastSent: Record<string, Sent> = {}
// Every statement of the suggestion being timed: a suggestion may send more than one.
let crewCalls: Sent[] = []
let recording = false
knex.on('query', (q: { sql: string; bindings?: unknown[]; options?: { name?: string } }) => {
  const kind = kindOf(q.sql)
  if (!kind) return
  lastSent[kind] = { sql: q.sql, bindings: q.bindings ?? [], name: q.options?.name }
  if (kind === 'crews' && recording) crewCalls.push(lastSent[kind])
})
const positional = (sql: string) => sql.replace(/\$\d+/g, '?')

/**
 * The plan of the statement inside dispatch_nearest_crews, as it runs there (its
 * cached generic plan): auto_explain logs nested statements, and with
 * client_min_messages = log the log line comes back to this connection as a notice.
 */
async function functionPlan(sent: { sql: string; bindings: unknown[] }) {
  const connection = await knex.client.acquireConnection()
  const notices: string[] = []
  const onNotice = (notice: { message: string }) => notices.push(notice.message)
  connection.on('notice', onNotice)
  try {
    await connection.query(`LOAD 'auto_explain'`)
    for (const setting of [
      'auto_explain.log_min_duration = 0',
      'auto_explain.log_nested_statements = on',
      'auto_explain.log_analyze = on',
      'auto_explain.log_buffers = on',
      'client_min_messages = log',
    ])
      await connection.query(`SET ${setting}`)
    const native = knex.raw(positional(sent.sql), sent.bindings).toSQL().toNative()
    await connection.query(native.sql, native.bindings)
  } catch (error) {
    notices.push(`(no plan: ${(error as Error).message}; auto_explain needs a superuser)`)
  } finally {
    connection.off('notice', onNotice)
    await connection.query('RESET ALL').catch(() => {})
    await knex.client.releaseConnection(connection)
  }
  const inner = notices.filter((notice) => /WITH live AS/.test(notice))
  return (inner.length ? inner : notices).join('\n')
}

await refresh(orgId)
const sample = await suggester.forOrder(order)
await positions.nearby({ ...order.pickup, radiusKm: 10, limit: 20 }, 'all')
process.stdout.write(
  `\nThe statement inside dispatch_nearest_crews (auto_explain):\n\n\`\`\`\n${await functionPlan(lastSent.crews)}\n\`\`\`\n`
)
/**
 * EXPLAIN on one connection of its own, as the API's connections run the statements: a
 * prepared one through EXECUTE, once it has run the six times after which PostgreSQL keeps
 * a generic plan when that is no dearer (so its planning is what the API pays, not a fresh plan).
 */
const explainer = await knex.client.acquireConnection()
const preparedOnExplainer = new Set<string>()
async function explain(options: string, { sql, bindings, name }: Sent) {
  const native = knex.raw(positional(sql), bindings).toSQL().toNative()
  if (!name) return explainer.query(`EXPLAIN (${options}) ${native.sql}`, native.bindings)
  if (!preparedOnExplainer.has(name)) {
    for (let i = 0; i < 6; i++)
      await explainer.query({ name, text: native.sql, values: native.bindings })
    preparedOnExplainer.add(name)
  }
  // Literals: EXPLAIN EXECUTE takes no bound parameters of its own.
  const literal = (value: unknown) =>
    value === null || value === undefined ? 'NULL' : explainer.escapeLiteral(String(value))
  const parameters = native.bindings.map(literal).join(', ')
  return explainer.query(`EXPLAIN (${options}) EXECUTE ${name}(${parameters})`)
}
const nearbyPlan = await explain('ANALYZE, BUFFERS', lastSent.nearby)
process.stdout.write(
  `\nThe nearby query${lastSent.nearby.name ? ' (its kept plan, EXPLAIN EXECUTE)' : ''}:\n\n\`\`\`\n${nearbyPlan.rows.map((r: any) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`
)
log(
  `sample: ${sample.length} suggestions, ${sample.filter((s: any) => s.locationSource === 'live').length} live`
)

// Yardstick: a primary-key lookup of a random crew's user, the cheapest indexed read there is.
const [{ min: firstUser, max: lastUser }] = (
  await db.rawQuery('SELECT min(id), max(id) FROM users WHERE organisation_id = ?', [orgId])
).rows
const randomUser = () => firstUser + Math.floor(Math.random() * (lastUser - firstUser + 1))
const YARDSTICK = 'SELECT id, name, phone FROM users WHERE id = ?'

// Wall clock, as the API waits for it: the three take turns, call by call. Time between
// sending and answer per statement kind counts these calls only (not the refresh, nor VACUUM).
const started = new Map<string, number>()
const inDatabase = { crews: 0, nearby: 0 }
let timing = false
knex.on('query', (q: any) => {
  if (timing) started.set(q.__knexQueryUid, performance.now())
})
knex.on('query-response', (_: unknown, q: any) => {
  const kind = kindOf(q.sql)
  const t = started.get(q.__knexQueryUid)
  started.delete(q.__knexQueryUid)
  if (kind && t !== undefined) inDatabase[kind] += performance.now() - t
})
const loadBefore = loadavg()[0]
const wall = { suggestions: [] as number[], nearby: [] as number[], yardstick: [] as number[] }
const sent = { crews: [] as Sent[][], nearby: [] as Sent[] }
const returned: number[] = []
const callsPer: number[] = []
const sets = 5
for (let set = 0; set < sets; set++) {
  await refresh(orgId)
  for (let i = 0; i < runs / sets + (set === 0 ? 20 : 0); i++) {
    order.pickup = randomPickup()
    await order.save()
    const warm = set === 0 && i < 20
    timing = !warm
    crewCalls = []
    recording = true
    let t = performance.now()
    const suggested = await suggester.forOrder(order)
    const s = performance.now() - t
    recording = false
    t = performance.now()
    await positions.nearby({ ...order.pickup, radiusKm: 10, limit: 20 }, 'all')
    const n = performance.now() - t
    timing = false
    t = performance.now()
    await db.rawQuery(YARDSTICK, [randomUser()])
    const y = performance.now() - t
    if (warm) continue
    wall.suggestions.push(s)
    wall.nearby.push(n)
    wall.yardstick.push(y)
    sent.crews.push(crewCalls)
    sent.nearby.push(lastSent.nearby)
    returned.push(suggested.length)
    callsPer.push(crewCalls.length)
  }
}
const loadAfterWall = loadavg()[0]

// On the server: the same statements again under EXPLAIN ANALYZE (planning + execution, no
// round trip, no client), taking turns with the yardstick the same way.
const server = { suggestions: [] as number[], nearby: [] as number[], yardstick: [] as number[] }
const serverTime = async (sent: Sent) => {
  const plan = await explain('ANALYZE, TIMING OFF', sent)
  const lines = plan.rows.map((r: any) => r['QUERY PLAN'] as string)
  const ms = (label: string) =>
    Number(lines.find((line: string) => line.startsWith(label))?.match(/([\d.]+) ms/)?.[1] ?? 0)
  return ms('Planning Time') + ms('Execution Time')
}
await refresh(orgId)
for (let i = 0; i < wall.suggestions.length; i++) {
  let crewsTime = 0
  for (const call of sent.crews[i]) crewsTime += await serverTime(call)
  server.suggestions.push(crewsTime)
  server.nearby.push(await serverTime(sent.nearby[i]))
  server.yardstick.push(await serverTime({ sql: YARDSTICK, bindings: [randomUser()] }))
}
const f2 = (value: number) => value.toFixed(2)
const row = (name: string, values: number[], yardstick: number[]) =>
  `| ${name} | ${f2(pct(values, 50))} | ${f2(pct(values, 95))} | ${f2(pct(values, 99))} | ${(pct(values, 99) / pct(yardstick, 99)).toFixed(1)} |`
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
process.stdout.write(
  [
    '',
    `| ${crews.toLocaleString('en')} crews, ${wall.nearby.length} calls each, taking turns | p50 ms | p95 ms | p99 ms | p99 / yardstick's |`,
    '|---|---|---|---|---|',
    row(
      'wall: nearby drivers (DriverPositionService.nearby, 10 km, 20)',
      wall.nearby,
      wall.yardstick
    ),
    row(
      'wall: dispatch suggestions (DispatchSuggestionService.forOrder, 200 km, 10)',
      wall.suggestions,
      wall.yardstick
    ),
    row('wall: yardstick (users primary-key lookup)', wall.yardstick, wall.yardstick),
    row('server: nearby (EXPLAIN ANALYZE planning + execution)', server.nearby, server.yardstick),
    row(
      'server: suggestions (dispatch_nearest_crews, planning + execution)',
      server.suggestions,
      server.yardstick
    ),
    row('server: yardstick', server.yardstick, server.yardstick),
    '',
    `Load average (1 min) ${loadBefore.toFixed(1)} before the wall-clock calls, ${loadAfterWall.toFixed(1)} after them, ${loadavg()[0].toFixed(1)} after the server-side ones.`,
    '',
    `Suggestions returned: ${returned.filter((count) => count < 10).length} of ${returned.length} calls gave fewer than 10 ` +
      `(mean ${f2(mean(returned))}); statements per suggestion: mean ${f2(mean(callsPer))}, max ${Math.max(...callsPer)}.`,
    '',
    `Wall-clock mean: suggestions ${f2(mean(wall.suggestions))} ms (between sending and answer ${f2(inDatabase.crews / wall.suggestions.length)} ms), ` +
      `nearby ${f2(mean(wall.nearby))} ms (${f2(inDatabase.nearby / wall.nearby.length)} ms), yardstick ${f2(mean(wall.yardstick))} ms.`,
    '',
  ].join('\n')
)
await knex.client.releaseConnection(explainer)
if (!process.env.BENCH_KEEP) await cleanup()
await app.terminate()
