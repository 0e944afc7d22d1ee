import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import { isolateDatabase } from '#tests/helpers'
import VehicleType from '#fleet/models/vehicle_type'
import Vehicle from '#fleet/models/vehicle'
import { PNG, makeDocument, makeOrganisation, makeUser, makeVehicle } from '#tests/fleet_fixtures'

test.group('vehicles', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('a carrier dispatcher registers a vehicle; the plate is normalised and the base point is PostGIS', async ({
    client,
    assert,
  }) => {
    const carrier = await makeOrganisation('carrier', 'SN')
    const dispatcher = await makeUser('dispatcher', carrier)
    const type = await VehicleType.findByOrFail('code', 'box_3t')

    const response = await client
      .post('/api/v1/vehicles')
      .loginAs(dispatcher)
      .json({
        plate: 'dk-1234 ab',
        vehicleTypeId: type.id,
        make: 'Isuzu',
        capacityKg: 3500,
        baseLocation: { lat: 14.7167, lng: -17.4677 },
        baseAddress: 'Dakar, Port autonome',
      })

    response.assertStatus(201)
    response.assertBodyContains({
      plate: 'DK1234AB',
      organisationId: carrier.id,
      vehicleType: { code: 'box_3t', capacityKg: 3000 },
      capacityKg: 3500,
      capacityKgOverride: 3500,
      capacityM3: 18,
      baseLocation: { lat: 14.7167, lng: -17.4677 },
      eligibility: { eligible: false },
    })
    const codes = response.body().eligibility.reasons.map((r: { code: string }) => r.code)
    assert.deepEqual(codes, ['REGISTRATION_CARD_MISSING', 'INSURANCE_MISSING'])

    const [row] = await db
      .from('vehicles')
      .where('id', response.body().id)
      .select(db.raw('ST_AsText(base_location) as wkt'))
    assert.equal(row.wkt, 'POINT(-17.4677 14.7167)')
  })

  test('the owner lists the fleet, edits and archives a vehicle', async ({ client, assert }) => {
    const carrier = await makeOrganisation()
    const owner = await makeUser('driver', carrier)
    carrier.ownerId = owner.id
    await carrier.save()
    const vehicle = await makeVehicle(carrier)
    await makeVehicle(await makeOrganisation())

    const list = await client.get('/api/v1/vehicles').loginAs(owner)
    list.assertStatus(200)
    assert.deepEqual(
      list.body().data.map((v: { id: number }) => v.id),
      [vehicle.id]
    )
    assert.equal(list.body().meta.total, 1)
    assert.deepEqual(list.body().data[0].eligibility.eligible, false)
    assert.deepEqual(
      list.body().data[0].eligibility.reasons.map((r: { code: string }) => r.code),
      ['REGISTRATION_CARD_MISSING', 'INSURANCE_MISSING']
    )

    const edit = await client
      .patch(`/api/v1/vehicles/${vehicle.id}`)
      .loginAs(owner)
      .json({ baseLocation: { lat: -4.0435, lng: 39.6682 }, capacityKg: null, year: 2019 })
    edit.assertStatus(200)
    edit.assertBodyContains({
      baseLocation: { lat: -4.0435, lng: 39.6682 },
      capacityKgOverride: null,
      capacityKg: 10000,
      year: 2019,
    })

    const archive = await client.delete(`/api/v1/vehicles/${vehicle.id}`).loginAs(owner)
    archive.assertStatus(204)
    const after = await client.get(`/api/v1/vehicles/${vehicle.id}`).loginAs(owner)
    after.assertStatus(404)
    const archived = await Vehicle.findOrFail(vehicle.id)
    assert.isNotNull(archived.archivedAt)
  })

  test('GET shows documents and becomes eligible once papers are verified', async ({ client }) => {
    const carrier = await makeOrganisation()
    const dispatcher = await makeUser('dispatcher', carrier)
    const vehicle = await makeVehicle(carrier)
    await makeDocument('registration_card', { vehicle })
    await makeDocument('insurance', { vehicle }, { status: 'pending' })

    const pending = await client.get(`/api/v1/vehicles/${vehicle.id}`).loginAs(dispatcher)
    pending.assertBodyContains({
      eligibility: { eligible: false, reasons: [{ code: 'INSURANCE_PENDING' }] },
    })

    await makeDocument('insurance', { vehicle })
    const ready = await client.get(`/api/v1/vehicles/${vehicle.id}`).loginAs(dispatcher)
    ready.assertBodyContains({ eligibility: { eligible: true, reasons: [] } })
  })

  test('photos: upload, download, delete', async ({ client, assert }) => {
    const carrier = await makeOrganisation()
    const dispatcher = await makeUser('dispatcher', carrier)
    const driver = await makeUser('driver', carrier)
    const vehicle = await makeVehicle(carrier)

    const upload = await client
      .post(`/api/v1/vehicles/${vehicle.id}/photos`)
      .loginAs(dispatcher)
      .file('photo', PNG, { filename: 'truck.png' })
    upload.assertStatus(201)
    upload.assertBodyContains({ contentType: 'image/png' })
    const url = upload.body().url

    const image = await client.get(url).loginAs(driver)
    image.assertStatus(200)
    image.assertHeader('content-type', 'image/png')

    const shown = await client.get(`/api/v1/vehicles/${vehicle.id}`).loginAs(driver)
    assert.equal(shown.body().photos[0].url, url)

    const removed = await client.delete(url).loginAs(dispatcher)
    removed.assertStatus(204)
    const gone = await client.get(url).loginAs(dispatcher)
    gone.assertStatus(404)
  })
})
