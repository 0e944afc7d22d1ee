import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolateDatabase } from '#tests/helpers'
import { point, trackingOrg, trackingUser } from '#tests/tracking_fixtures'
import type Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'

const NAIROBI = { lat: -1.2921, lng: 36.8219 }

async function giveVehicle(driver: User, carrier: Organisation, typeCode: string) {
  const type = await db.from('vehicle_types').where('code', typeCode).firstOrFail()
  const [vehicle] = await db
    .table('vehicles')
    .insert({
      organisation_id: carrier.id,
      vehicle_type_id: type.id,
      plate: `KNY${driver.id}`,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
  await db
    .table('vehicle_drivers')
    .insert({ vehicle_id: vehicle.id, driver_id: driver.id, created_at: new Date() })
}

test.group('tracking / duty and nearby drivers', (group) => {
  isolateDatabase(group)

  test('lists on-duty drivers with a fresh position, nearest first, with distance in metres', async ({
    client,
    assert,
  }) => {
    const carrier = await trackingOrg()
    const near = await trackingUser('driver', carrier)
    const far = await trackingUser('driver', carrier)
    const offDuty = await trackingUser('driver', carrier)
    const stale = await trackingUser('driver', carrier)
    const tooFar = await trackingUser('driver', carrier)
    await giveVehicle(near, carrier, 'box_3t')
    await giveVehicle(far, carrier, 'flatbed_10t')

    const place = async (driver: User, metresNorth: number, onDuty = true) => {
      const duty = await client.post('/api/v1/drivers/me/duty').json({ onDuty }).loginAs(driver)
      duty.assertStatus(200)
      assert.equal(duty.body().onDuty, onDuty)
      const sent = await client
        .post('/api/v1/tracking/positions')
        .json({ points: [point(1, NAIROBI, 5, metresNorth)] })
        .loginAs(driver)
      sent.assertStatus(200)
    }
    await place(near, 800)
    await place(far, 3000)
    await place(offDuty, 100, false)
    await place(stale, 200)
    await place(tooFar, 60_000)
    await db.rawQuery(
      "UPDATE driver_positions SET recorded_at = now() - interval '2 hours' WHERE driver_id = ?",
      [stale.id]
    )

    const dispatcher = await trackingUser('dispatcher', carrier)
    const response = await client
      .get('/api/v1/drivers/nearby')
      .qs({ lat: NAIROBI.lat, lng: NAIROBI.lng, radiusKm: 10 })
      .loginAs(dispatcher)
    response.assertStatus(200)
    const rows = response.body().data
    assert.deepEqual(
      rows.map((r: any) => r.driverId),
      [near.id, far.id]
    )
    assert.approximately(rows[0].distanceM, 800, 5)
    assert.approximately(rows[1].distanceM, 3000, 10)
    assert.equal(rows[0].vehicle.type, 'box_3t')

    const heavy = await client
      .get('/api/v1/drivers/nearby')
      .qs({ lat: NAIROBI.lat, lng: NAIROBI.lng, radiusKm: 10, minCapacityKg: 5000 })
      .loginAs(await trackingUser('admin'))
    assert.deepEqual(
      heavy.body().data.map((r: any) => r.driverId),
      [far.id]
    )
    const byType = await client
      .get('/api/v1/drivers/nearby')
      .qs({ lat: NAIROBI.lat, lng: NAIROBI.lng, radiusKm: 10, vehicleType: 'box_3t', limit: 1 })
      .loginAs(dispatcher)
    assert.deepEqual(
      byType.body().data.map((r: any) => r.driverId),
      [near.id]
    )

    // Another carrier's dispatcher sees none of these drivers.
    const rival = await trackingUser('dispatcher', await trackingOrg())
    const rivalView = await client
      .get('/api/v1/drivers/nearby')
      .qs({ lat: NAIROBI.lat, lng: NAIROBI.lng })
      .loginAs(rival)
    assert.lengthOf(rivalView.body().data, 0)
  })

  test('only dispatchers and admins may search, with valid coordinates', async ({ client }) => {
    const shipper = await trackingUser('shipper')
    const forbidden = await client
      .get('/api/v1/drivers/nearby')
      .qs({ lat: 0, lng: 0 })
      .loginAs(shipper)
    forbidden.assertStatus(403)
    const admin = await trackingUser('admin')
    const bad = await client.get('/api/v1/drivers/nearby').qs({ lat: 100, lng: 'x' }).loginAs(admin)
    bad.assertStatus(422)
    bad.assertBodyContains({ errors: [{ code: 'E_VALIDATION' }] })
    const dutyByShipper = await client
      .post('/api/v1/drivers/me/duty')
      .json({ onDuty: true })
      .loginAs(shipper)
    dutyByShipper.assertStatus(403)
    const badDuty = await client
      .post('/api/v1/drivers/me/duty')
      .json({ onDuty: 'yes' })
      .loginAs(await trackingUser('driver'))
    badDuty.assertStatus(422)
  })
})
