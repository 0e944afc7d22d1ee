import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { makeWorld } from '#tests/fixtures/marketplace'
import { statusByRole, type RoleMatrixCase } from '#tests/fixtures/role_matrix'

/**
 * Every role against GET /drivers/:id, the live map's lookup of a driver
 * its first picture did not hold: a carrier's dispatchers see the drivers
 * in their carrier, platform dispatchers and admins every driver, nobody a
 * non-driver. 403 = may not watch a fleet at all, 404 = not in their fleet.
 */
const NO_FLEET = {
  shipper: 403,
  colleague: 403,
  otherShipper: 403,
  carrierDriver: 403,
  otherCarrierDriver: 403,
} as const

const CASES: RoleMatrixCase[] = [
  {
    endpoint: 'GET /drivers/:id (the carrier’s driver)',
    call: (c, w) => c.get(`/api/v1/drivers/${w.carrier.driver.id}`),
    expect: {
      ...NO_FLEET,
      carrierDispatcher: 200,
      otherCarrierDispatcher: 404,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'GET /drivers/:id (another carrier’s driver)',
    call: (c, w) => c.get(`/api/v1/drivers/${w.otherCarrier.driver.id}`),
    expect: {
      ...NO_FLEET,
      carrierDispatcher: 404,
      otherCarrierDispatcher: 200,
      platformDispatcher: 200,
      admin: 200,
    },
  },
  {
    endpoint: 'GET /drivers/:id (a shipper: no driver)',
    call: (c, w) => c.get(`/api/v1/drivers/${w.shipper.id}`),
    expect: {
      ...NO_FLEET,
      carrierDispatcher: 404,
      otherCarrierDispatcher: 404,
      platformDispatcher: 404,
      admin: 404,
    },
  },
  {
    endpoint: 'GET /drivers/:id (the carrier’s dispatcher: no driver)',
    call: (c, w) => c.get(`/api/v1/drivers/${w.carrier.dispatcher.id}`),
    expect: {
      ...NO_FLEET,
      carrierDispatcher: 404,
      otherCarrierDispatcher: 404,
      platformDispatcher: 404,
      admin: 404,
    },
  },
]

test.group('Authorization matrix: a fleet’s driver by id', (group) => {
  isolateDatabase(group)

  for (const testCase of CASES) {
    test(testCase.endpoint, async ({ client, assert }) => {
      const w = await makeWorld()
      const actual = await statusByRole(client, w, (c) => testCase.call(c, w))
      assert.deepEqual(actual, testCase.expect)
    }).timeout(120_000)
  }

  test('names the driver with their truck, as the live map labels it', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    await w.carrier.driver.merge({ name: 'Samuel Kamau' }).save()
    const response = await client
      .get(`/api/v1/drivers/${w.carrier.driver.id}`)
      .loginAs(w.carrier.dispatcher)
    response.assertStatus(200)
    assert.deepEqual(response.body(), {
      driverId: w.carrier.driver.id,
      name: 'Samuel Kamau',
      organisationId: w.carrier.organisation.id,
      vehicle: {
        id: w.carrier.vehicle.id,
        plate: w.carrier.vehicle.plate,
        type: response.body().vehicle.type,
        capacityKg: response.body().vehicle.capacityKg,
      },
    })
    assert.isString(response.body().vehicle.type)
  })

  test('a driver who left the carrier is no longer its dispatcher’s to read', async ({
    client,
  }) => {
    const w = await makeWorld()
    await w.carrier.driver.merge({ organisationId: null }).save()
    const response = await client
      .get(`/api/v1/drivers/${w.carrier.driver.id}`)
      .loginAs(w.carrier.dispatcher)
    response.assertStatus(404)
    response.assertBodyContains({ errors: [{ code: 'E_NOT_FOUND' }] })
  })

  test('an id that is not a number is refused', async ({ client }) => {
    const w = await makeWorld()
    const response = await client.get('/api/v1/drivers/abc').loginAs(w.admin)
    response.assertStatus(422)
  })
})
