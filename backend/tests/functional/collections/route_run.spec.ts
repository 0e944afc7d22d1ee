import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import collectionsConfig from '#config/collections'
import { isolateDatabase } from '#tests/helpers'
import { makeUser, tokenFor } from '#tests/accounts_helpers'
import { makeCooperative, makeFarmer } from '#tests/collections_fixtures'
import { guardTransactions } from '#tests/transaction_guard'

test.group('collections: today’s run of a route', (group) => {
  isolateDatabase(group)
  guardTransactions(group)

  test('its driver gets the stops in order, each with its farmers, and the thresholds', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative('Kiambu Dairy')
    const wanjiku = await makeFarmer(coop, { name: 'Wanjiku', memberNumber: 'K0002' })
    const kamau = await makeFarmer(coop, { name: 'Kamau', memberNumber: 'K0001' })
    const atJunction = await makeFarmer(coop, { name: 'Njeri', stopId: coop.stops[1].id })
    await makeFarmer(coop, { name: 'Waiting', status: 'pending' })
    await makeFarmer(coop, { name: 'No stop', stopId: null })
    const other = await makeCooperative()
    await makeFarmer(other, { name: 'Elsewhere' })

    const response = await client
      .get(`/api/v1/collection-routes/${coop.route.id}/today`)
      .bearerToken(await tokenFor(coop.driver))
    response.assertStatus(200)
    const run = response.body()
    assert.equal(run.route.name, 'Route A')
    assert.equal(run.cooperative.name, 'Kiambu Dairy')
    assert.equal(run.cooperative.lactometerMin, 26)
    assert.isTrue(run.cooperative.alcoholTestRequired)
    assert.equal(run.day, DateTime.now().setZone(collectionsConfig.timeZone).toISODate())
    assert.deepEqual(run.shifts, ['am'])
    assert.deepEqual(
      run.stops.map((stop: any) => [stop.name, stop.farmers.map((f: any) => f.name)]),
      [
        ['Kamau gate', ['Kamau', 'Wanjiku']],
        ['Ikinu junction', ['Njeri']],
        ['Githunguri Cooler', []],
      ]
    )
    // What the driver needs at the gate, not the farmers' phones.
    assert.deepEqual(Object.keys(run.stops[0].farmers[0]).sort(), ['id', 'memberNumber', 'name'])
    assert.deepEqual(
      [kamau.id, wanjiku.id, atJunction.id],
      [run.stops[0].farmers[0].id, run.stops[0].farmers[1].id, run.stops[1].farmers[0].id]
    )
  })

  test('the cooperative’s manager, clerks and graders read it; nobody else, and a driver no longer once unassigned', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const other = await makeCooperative()
    await makeFarmer(coop)
    const path = `/api/v1/collection-routes/${coop.route.id}/today`
    for (const user of [coop.manager, coop.clerk, coop.grader, coop.driver]) {
      const response = await client.get(path).bearerToken(await tokenFor(user))
      response.assertStatus(200)
      assert.lengthOf(response.body().stops[0].farmers, 1)
    }
    const outsiders = [
      other.manager,
      other.clerk,
      other.driver,
      await makeUser({ role: 'shipper' }),
      await makeUser({ role: 'admin' }),
    ]
    for (const user of outsiders) {
      const response = await client.get(path).bearerToken(await tokenFor(user))
      response.assertStatus(404)
      assert.equal(response.body().errors[0].code, 'E_NOT_FOUND')
    }
    const anonymous = await client.get(path)
    anonymous.assertStatus(401)
    const missing = await client
      .get('/api/v1/collection-routes/999999/today')
      .bearerToken(await tokenFor(coop.manager))
    missing.assertStatus(404)

    const driverToken = await tokenFor(coop.driver)
    const unassign = await client
      .patch(`/api/v1/collection-routes/${coop.route.id}`)
      .bearerToken(await tokenFor(coop.manager))
      .json({ driverId: null })
    unassign.assertStatus(200)
    const after = await client.get(path).bearerToken(driverToken)
    after.assertStatus(404)
  })
})
