import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import DispatchSuggestionService from '#orders/services/dispatch_suggestion_service'
import { isolateDatabase } from '#tests/helpers'
import { makeCarrier, makeOrder, makeOrganisation, makeUser } from '#tests/fixtures/marketplace'
import { databaseMode } from '#config/database'

const PICKUP = { lat: -1.3087, lng: 36.8516 }

/**
 * `count` crews of one carrier within ~1 km of a point `north` degrees north of
 * the pickup, each a driver with a fresh on-duty position and a truck based
 * there too, none of which can carry more than 1 t (so none fits a heavier
 * load). No papers: they never get that far.
 */
async function smallCrewsAround(count: number, north = 0) {
  const organisation = await makeOrganisation('carrier')
  const near = (centre: number) => `${centre} + (random() - 0.5) * 0.02`
  const lat = PICKUP.lat + north
  await db.rawQuery(
    `INSERT INTO users (phone, name, role, organisation_id, locale, created_at, updated_at)
     SELECT '+2558' || lpad(g::text, 8, '0'), 'small crew ' || g, 'driver', ?, 'en', now(), now()
       FROM generate_series(1, ?) g`,
    [organisation.id, count]
  )
  await db.rawQuery(
    `INSERT INTO vehicles (organisation_id, vehicle_type_id, plate, capacity_kg, base_lat, base_lng,
                           created_at, updated_at)
     SELECT ?, (SELECT id FROM vehicle_types WHERE code = 'flatbed_10t'), 'SC' || lpad(g::text, 6, '0'),
            1000, ${near(lat)}, ${near(PICKUP.lng)}, now(), now()
       FROM generate_series(1, ?) g`,
    [organisation.id, count]
  )
  await db.rawQuery(
    `INSERT INTO vehicle_drivers (vehicle_id, driver_id, created_at)
     SELECT v.id, u.id, now() FROM vehicles v
       JOIN users u ON u.phone = '+2558' || lpad(substr(v.plate, 3), 8, '0')
      WHERE v.organisation_id = ?`,
    [organisation.id]
  )
  await db.rawQuery(
    `INSERT INTO driver_positions (driver_id, organisation_id, position, recorded_at, on_duty, updated_at)
     SELECT id, organisation_id,
            ST_SetSRID(ST_MakePoint(${near(PICKUP.lng)}, ${near(lat)}), 4326)::geography,
            now(), true, now()
       FROM users WHERE organisation_id = ?`,
    [organisation.id]
  )
  for (const table of ['users', 'vehicles', 'vehicle_drivers', 'driver_positions'])
    await db.rawQuery(`ANALYZE ${table}`)
}

/** Runs `work` and returns every query it sent. */
async function queriesOf(work: () => Promise<unknown>) {
  const knex = db.connection().getWriteClient()
  const sent: { sql: string; bindings: unknown[] }[] = []
  const listener = (query: { sql: string; bindings?: unknown[] }) =>
    sent.push({ sql: query.sql, bindings: query.bindings ?? [] })
  knex.on('query', listener)
  try {
    await work()
  } finally {
    knex.off('query', listener)
  }
  return sent
}

/** A bound value written as an SQL literal (EXECUTE takes no parameters of its own). */
function literal(value: unknown) {
  if (value === null) return 'NULL'
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`
  return String(value)
}

/**
 * The scans of the plan a prepared statement runs on this connection, as
 * "<node type> <index or table>" with whether it walks in distance order.
 */
async function scansOf(statement: string, bindings: unknown[]) {
  const result = await db.rawQuery(
    `EXPLAIN (FORMAT JSON) EXECUTE ${statement}(${bindings.map(literal).join(', ')})`
  )
  const scans: { node: string; on: string; nearestFirst: boolean }[] = []
  const walk = (node: any) => {
    if (node['Relation Name'])
      scans.push({
        node: node['Node Type'],
        on: node['Index Name'] ?? node['Relation Name'],
        nearestFirst: Boolean(node['Order By']),
      })
    for (const child of node.Plans ?? []) walk(child)
  }
  walk(result.rows[0]['QUERY PLAN'][0].Plan)
  return scans
}

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b|set_config/i

test.group('Dispatch suggestions at scale', (group) => {
  isolateDatabase(group)

  test('one statement walks both GiST indexes nearest-first, then one query checks the papers', async ({
    assert,
  }) => {
    // Enough crews for the planner to weigh an index against a scan, 33 km away.
    await smallCrewsAround(3000, 0.3)
    const carrier = await makeCarrier()
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await makeOrder(shipper, { status: 'posted', pickup: PICKUP })
    const suggester = await app.container.make(DispatchSuggestionService)

    // Earlier tests on this connection may have run it already: count this call's plans only.
    const statement = 'dispatch_nearest_crews_64'
    const genericPlans = async () => {
      const prepared = await db.rawQuery(
        'SELECT generic_plans FROM pg_prepared_statements WHERE name = ?',
        [statement]
      )
      return Number(prepared.rows[0]?.generic_plans ?? 0)
    }
    const plannedBefore = await genericPlans()
    let suggestions: Awaited<ReturnType<DispatchSuggestionService['forOrder']>> = []
    const sent = await queriesOf(async () => {
      suggestions = await suggester.forOrder(order, { radiusKm: 10 })
    })
    // The carrier's truck is the nearest that fits (it is based at the CBD, ~3.6 km away).
    assert.deepEqual(
      suggestions.map((s) => s.driver.id),
      [carrier.driver.id]
    )

    const crews = sent.filter((query) => /<->/.test(query.sql))
    assert.lengthOf(crews, 1, 'both walks and the merge are one statement')
    assert.lengthOf(
      sent.filter((query) => !TRANSACTION_CONTROL.test(query.sql)),
      2,
      'the crews, then the papers of every candidate at once'
    )
    // The embedded database gets no named statement (one session behind every connection): the
    // plan that runs is checked on PostgreSQL, which CI runs every time.
    if (databaseMode !== 'external') return
    // The plan that runs: the prepared statement's generic one, planned once per connection.
    assert.equal(await genericPlans(), plannedBefore + 1, 'ran its generic plan')
    const scans = await scansOf(statement, crews[0].bindings)
    for (const index of ['driver_positions_on_duty_gist', 'vehicles_base_location_gist']) {
      assert.deepInclude(
        scans,
        { node: 'Index Scan', on: index, nearestFirst: true },
        `walks ${index} in distance order: ${JSON.stringify(scans)}`
      )
    }
    assert.notDeepInclude(
      scans.map((scan) => scan.on),
      'driver_positions',
      'never reads driver_positions whole'
    )
    assert.notDeepInclude(
      scans.map((scan) => scan.on),
      'vehicles',
      'never reads vehicles whole'
    )
  })

  test('when the nearest crews all fail the cargo, the walk widens until it finds the ones that fit', async ({
    assert,
  }) => {
    // 600 small trucks between the pickup and the one that can carry 5 t, based 3.6 km away.
    await smallCrewsAround(600)
    const carrier = await makeCarrier()
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await makeOrder(shipper, {
      status: 'posted',
      pickup: PICKUP,
      cargoWeightKg: 5000,
    })
    const suggester = await app.container.make(DispatchSuggestionService)

    const sent = await queriesOf(async () => {
      const suggestions = await suggester.forOrder(order)
      assert.deepEqual(
        suggestions.map((s) => [s.driver.id, s.locationSource]),
        [[carrier.driver.id, 'base']]
      )
    })
    assert.isAbove(sent.filter((query) => /<->/.test(query.sql)).length, 1, 'the window widened')
  })

  test("each crew ranks where it is: at its driver's fresh on-duty position, else at its truck's base", async ({
    assert,
  }) => {
    const km = (distance: number) => distance / 110.574 // degrees of latitude
    const crew = async (baseKm: number, seen?: { km: number; age: string; onDuty: boolean }) => {
      const carrier = await makeCarrier()
      await carrier.vehicle.merge({ baseLat: PICKUP.lat + km(baseKm), baseLng: PICKUP.lng }).save()
      if (seen)
        await db.rawQuery(
          `INSERT INTO driver_positions (driver_id, organisation_id, position, recorded_at, on_duty, updated_at)
           VALUES (?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, now() - CAST(? AS interval), ?, now())`,
          [
            carrier.driver.id,
            carrier.organisation.id,
            PICKUP.lng,
            PICKUP.lat + km(seen.km),
            seen.age,
            seen.onDuty,
          ]
        )
      return carrier.driver.id
    }
    // A truck parked at the pickup whose driver is out on the road 30 km away.
    const awayFromBase = await crew(0, { km: 30, age: '1 minute', onDuty: true })
    // Seen next to the pickup, but three hours ago: at its base, 10 km.
    const stale = await crew(10, { km: 1, age: '3 hours', onDuty: true })
    // Seen next to the pickup just now, but off duty: at its base, 50 km.
    const offDuty = await crew(50, { km: 1, age: '1 minute', onDuty: false })
    // Based 80 km away, driving 2 km from the pickup now.
    const passing = await crew(80, { km: 2, age: '1 minute', onDuty: true })
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await makeOrder(shipper, { status: 'posted', pickup: PICKUP })
    const suggester = await app.container.make(DispatchSuggestionService)

    const ours = new Set([awayFromBase, stale, offDuty, passing])
    const suggestions = await suggester.forOrder(order)
    const ranked = suggestions.filter((s) => ours.has(s.driver.id))

    assert.deepEqual(
      ranked.map((s) => [s.driver.id, s.locationSource, Math.round(s.distanceM / 1000)]),
      [
        [passing, 'live', 2],
        [stale, 'base', 10],
        [awayFromBase, 'live', 30],
        [offDuty, 'base', 50],
      ]
    )
  })
})
