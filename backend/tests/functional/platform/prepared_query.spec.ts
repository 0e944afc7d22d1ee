import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import DriverPositionService from '#tracking/services/driver_position_service'
import DispatchSuggestionService from '#orders/services/dispatch_suggestion_service'
import { databaseMode } from '#config/database'
import { isolateDatabase } from '#tests/helpers'
import { makeCarrier, makeOrder, makeOrganisation, makeUser } from '#tests/fixtures/marketplace'
import type User from '#accounts/models/user'

const PICKUP = { lat: -1.3087, lng: 36.8516 }
const CALLS = 8 // PostgreSQL weighs a generic plan after five custom ones

async function placeDriver(driver: User, metresNorth: number) {
  await db.rawQuery(
    `INSERT INTO driver_positions (driver_id, organisation_id, position, recorded_at, on_duty, updated_at)
     VALUES (?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, now(), true, now())`,
    [driver.id, driver.organisationId, PICKUP.lng, PICKUP.lat + metresNorth / 110_574]
  )
}

/** This connection's prepared statements whose text matches, with how often each ran its generic plan. */
async function genericPlans(pattern: string) {
  const { rows } = await db.rawQuery(
    `SELECT COALESCE(sum(generic_plans), 0)::int AS generic, count(*)::int AS statements
       FROM pg_prepared_statements WHERE NOT from_sql AND statement LIKE ?`,
    [`%${pattern}%`]
  )
  return rows[0] as { generic: number; statements: number }
}

test.group('Prepared statements: nearby drivers and dispatch suggestions', (group) => {
  isolateDatabase(group)

  test('both run on a plan PostgreSQL keeps, and answer for whichever carrier asks', async ({
    assert,
  }) => {
    const first = await makeCarrier()
    const second = await makeCarrier()
    await placeDriver(first.driver, 800)
    await placeDriver(second.driver, 1500)
    const positions = await app.container.make(DriverPositionService)
    const suggester = await app.container.make(DispatchSuggestionService)
    const order = await makeOrder(await makeUser('shipper', await makeOrganisation('shipper')), {
      status: 'posted',
      pickup: PICKUP,
    })
    const nearbyOf = async (scope: 'all' | number) => {
      const drivers = await positions.nearby({ ...PICKUP, radiusKm: 10 }, scope)
      return drivers.map((d) => d.driverId)
    }

    const before = databaseMode === 'external' ? await genericPlans('<->') : null
    const crewsBefore =
      databaseMode === 'external' ? await genericPlans('dispatch_nearest_crews') : null
    for (let call = 0; call < CALLS; call++) {
      assert.deepEqual(await nearbyOf(first.organisation.id), [first.driver.id])
      assert.deepEqual(await nearbyOf('all'), [first.driver.id, second.driver.id])
      const suggested = await suggester.forOrder(order, { radiusKm: 10 })
      assert.deepEqual(
        suggested.map((s) => s.driver.id),
        [first.driver.id, second.driver.id]
      )
    }
    // The carrier is a binding, not part of the statement: the other carrier's dispatcher,
    // served by the same kept plan, sees their own driver only.
    assert.deepEqual(await nearbyOf(second.organisation.id), [second.driver.id])
    const onlySecond = await suggester.forOrder(order, {
      radiusKm: 10,
      carrierOrganisationId: second.organisation.id,
    })
    assert.deepEqual(
      onlySecond.map((s) => s.driver.id),
      [second.driver.id]
    )

    // The embedded database sends them unnamed (one session shared by every connection).
    if (databaseMode !== 'external') return
    const after = await genericPlans('<->')
    const crewsAfter = await genericPlans('dispatch_nearest_crews')
    // The carrier's query and the whole-fleet query are two statements, each past its fifth call.
    assert.isAtLeast(after.generic - before!.generic, 2 * (CALLS - 5), 'nearby skips planning')
    assert.isAtLeast(crewsAfter.generic - crewsBefore!.generic, CALLS - 5, 'suggestions too')
  })

  test('after a migration changes the tables under a kept plan, both still give the same answer', async ({
    assert,
  }) => {
    const carrier = await makeCarrier()
    await placeDriver(carrier.driver, 800)
    const positions = await app.container.make(DriverPositionService)
    const suggester = await app.container.make(DispatchSuggestionService)
    const order = await makeOrder(await makeUser('shipper', await makeOrganisation('shipper')), {
      status: 'posted',
      pickup: PICKUP,
    })
    const ask = async () => {
      const drivers = await positions.nearby({ ...PICKUP, radiusKm: 10 }, 'all')
      const suggested = await suggester.forOrder(order, { radiusKm: 10 })
      return {
        nearby: drivers.map((d) => d.driverId),
        suggested: suggested.map((s) => [s.driver.id, s.locationSource]),
      }
    }
    const expected = { nearby: [carrier.driver.id], suggested: [[carrier.driver.id, 'live']] }
    for (let call = 0; call < CALLS; call++) assert.deepEqual(await ask(), expected)

    // A new column in every table both read, and the indexes both plans walk gone.
    for (const table of ['driver_positions', 'vehicles', 'users', 'vehicle_drivers'])
      await db.rawQuery(`ALTER TABLE ${table} ADD COLUMN prepared_probe integer`)
    await db.rawQuery('DROP INDEX driver_positions_on_duty_gist')
    await db.rawQuery('DROP INDEX vehicles_base_location_gist')
    assert.deepEqual(await ask(), expected)

    // And when the driver moves past the radius, the re-planned statements see it.
    await db.rawQuery(
      `UPDATE driver_positions SET position = ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography
        WHERE driver_id = ?`,
      [PICKUP.lng, PICKUP.lat + 0.5, carrier.driver.id]
    )
    const moved = await ask()
    assert.deepEqual(moved.nearby, [])
    assert.deepEqual(moved.suggested, [], 'the crew ranks where its driver is: 55 km away')
  })
})
