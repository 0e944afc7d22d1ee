import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import VehicleDriver from '#fleet/models/vehicle_driver'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { makeDocument, makeOrganisation, makeUser, makeVehicle } from '#tests/fleet_fixtures'

test.group('vehicle drivers', (group) => {
  isolateDatabase(group)

  test('a dispatcher assigns a driver of the carrier; the vehicle shows the pairing and its eligibility', async ({
    client,
  }) => {
    const carrier = await makeOrganisation()
    const dispatcher = await makeUser('dispatcher', carrier)
    const driver = await makeUser('driver', carrier, 'Wanjiru Kamau')
    const vehicle = await makeVehicle(carrier)
    await makeDocument('registration_card', { vehicle })
    await makeDocument('insurance', { vehicle })

    const response = await client
      .post(`/api/v1/vehicles/${vehicle.id}/drivers`)
      .loginAs(dispatcher)
      .json({ driverId: driver.id })
    response.assertStatus(200)
    response.assertBodyContains({
      eligibility: { eligible: true },
      drivers: [
        {
          id: driver.id,
          name: 'Wanjiru Kamau',
          eligibility: { eligible: false, reasons: [{ code: 'DRIVING_LICENCE_MISSING' }] },
        },
      ],
    })

    const again = await client
      .post(`/api/v1/vehicles/${vehicle.id}/drivers`)
      .loginAs(dispatcher)
      .json({ driverId: driver.id })
    again.assertStatus(200)
  })

  test('a driver drives one vehicle at a time', async ({ client, assert }) => {
    const carrier = await makeOrganisation()
    const dispatcher = await makeUser('dispatcher', carrier)
    const driver = await makeUser('driver', carrier)
    const first = await makeVehicle(carrier, { plate: 'KDA111A' })
    const second = await makeVehicle(carrier)
    await first.related('drivers').attach([driver.id])

    const response = await client
      .post(`/api/v1/vehicles/${second.id}/drivers`)
      .loginAs(dispatcher)
      .json({ driverId: driver.id })
    response.assertStatus(409)
    response.assertBodyContains({
      errors: [{ code: 'E_DRIVER_ALREADY_ASSIGNED', field: 'driverId' }],
    })
    assert.include(response.body().errors[0].message, 'KDA111A')
    const rows = await VehicleDriver.query().where('driver_id', driver.id)
    assert.deepEqual(
      rows.map((row) => row.vehicleId),
      [first.id]
    )
  })

  test("another carrier's driver, a dispatcher or an unknown id cannot be assigned", async ({
    client,
    assert,
  }) => {
    const carrier = await makeOrganisation()
    const dispatcher = await makeUser('dispatcher', carrier)
    const vehicle = await makeVehicle(carrier)
    const stranger = await makeUser('driver', await makeOrganisation())

    for (const driverId of [stranger.id, dispatcher.id, 999_999]) {
      const response = await client
        .post(`/api/v1/vehicles/${vehicle.id}/drivers`)
        .loginAs(dispatcher)
        .json({ driverId })
      response.assertStatus(422)
      response.assertBodyContains({
        errors: [{ code: 'E_DRIVER_NOT_IN_CARRIER', field: 'driverId' }],
      })
    }
    assert.lengthOf(await VehicleDriver.query().where('vehicle_id', vehicle.id), 0)
  })

  test('unassign removes the pairing; unassigning twice is 404', async ({ client, assert }) => {
    const carrier = await makeOrganisation()
    const dispatcher = await makeUser('dispatcher', carrier)
    const driver = await makeUser('driver', carrier)
    const vehicle = await makeVehicle(carrier)
    await vehicle.related('drivers').attach([driver.id])

    const response = await client
      .delete(`/api/v1/vehicles/${vehicle.id}/drivers/${driver.id}`)
      .loginAs(dispatcher)
    response.assertStatus(204)
    assert.isNull(await VehicleDriver.findBy('driver_id', driver.id))

    const again = await client
      .delete(`/api/v1/vehicles/${vehicle.id}/drivers/${driver.id}`)
      .loginAs(dispatcher)
    again.assertStatus(404)
  })
})

test.group('vehicles on an order under way', (group) => {
  isolateDatabase(group)

  test('cannot be archived, nor lose the driver hauling it', async ({ client, assert }) => {
    const { carrier, shipper } = await makeWorld()
    const dispatcher = carrier.dispatcher
    const order = await makeAssignedOrder(shipper, carrier, { status: 'in_transit' })

    const archive = await client
      .delete(`/api/v1/vehicles/${carrier.vehicle.id}`)
      .loginAs(dispatcher)
    archive.assertStatus(409)
    archive.assertBodyContains({ errors: [{ code: 'E_VEHICLE_BUSY' }] })
    assert.include(archive.body().errors[0].message, `order ${order.id} (in_transit)`)

    const unassign = await client
      .delete(`/api/v1/vehicles/${carrier.vehicle.id}/drivers/${carrier.driver.id}`)
      .loginAs(dispatcher)
    unassign.assertStatus(409)
    unassign.assertBodyContains({ errors: [{ code: 'E_DRIVER_BUSY' }] })

    await carrier.vehicle.refresh()
    assert.isNull(carrier.vehicle.archivedAt)
    assert.isNotNull(await VehicleDriver.findBy('driver_id', carrier.driver.id))

    order.status = 'completed'
    await order.save()
    const later = await client.delete(`/api/v1/vehicles/${carrier.vehicle.id}`).loginAs(dispatcher)
    later.assertStatus(204)
  })
})
