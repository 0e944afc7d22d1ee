import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import { isolateDatabase } from '#tests/helpers'
import FleetDocument from '#fleet/models/fleet_document'
import Vehicle from '#fleet/models/vehicle'
import VehiclePhoto from '#fleet/models/vehicle_photo'
import VehicleType from '#fleet/models/vehicle_type'
import {
  PDF,
  PNG,
  makeDocument,
  makeOrganisation,
  makeUser,
  makeVehicle,
  oversizedPng,
} from '#tests/fleet_fixtures'

async function storedFiles() {
  const listing = await drive.use('fs').listAll('', { recursive: true })
  return Array.from(listing.objects).filter((object) => object.isFile)
}

async function carrierSetup() {
  const carrier = await makeOrganisation()
  const dispatcher = await makeUser('dispatcher', carrier)
  const type = await VehicleType.findByOrFail('code', 'flatbed_10t')
  return { carrier, dispatcher, type }
}

test.group('fleet bad input: vehicles', (group) => {
  isolateDatabase(group)

  const invalid: [string, Record<string, unknown>, string, string?][] = [
    ['latitude above 90', { baseLocation: { lat: 95, lng: 36.8 } }, 'baseLocation.lat'],
    ['longitude below -180', { baseLocation: { lat: -1.3, lng: -200 } }, 'baseLocation.lng'],
    ['coordinates as text', { baseLocation: { lat: 'north', lng: 36.8 } }, 'baseLocation.lat'],
    ['a point without lng', { baseLocation: { lat: -1.3 } }, 'baseLocation.lng'],
    ['a negative weight capacity', { capacityKg: -500 }, 'capacityKg'],
    ['a negative volume capacity', { capacityM3: -2.5 }, 'capacityM3'],
    ['a plate of symbols', { plate: '!!??' }, 'plate'],
    ['no vehicle type', { vehicleTypeId: undefined }, 'vehicleTypeId'],
  ]

  for (const [label, change, field] of invalid) {
    test(`create with ${label}: 422 on ${field}, nothing written`, async ({ client, assert }) => {
      const { dispatcher, type } = await carrierSetup()
      const response = await client
        .post('/api/v1/vehicles')
        .loginAs(dispatcher)
        .json({ plate: 'KBZ 001X', vehicleTypeId: type.id, ...change })
      response.assertStatus(422)
      response.assertBodyContains({ errors: [{ code: 'E_VALIDATION', field }] })
      assert.lengthOf(await Vehicle.all(), 0)
    })
  }

  test('an unknown vehicle type: 422 E_UNKNOWN_VEHICLE_TYPE, nothing written', async ({
    client,
    assert,
  }) => {
    const { dispatcher } = await carrierSetup()
    const response = await client
      .post('/api/v1/vehicles')
      .loginAs(dispatcher)
      .json({ plate: 'KBZ001X', vehicleTypeId: 424242 })
    response.assertStatus(422)
    response.assertBodyContains({
      errors: [{ code: 'E_UNKNOWN_VEHICLE_TYPE', field: 'vehicleTypeId' }],
    })
    assert.lengthOf(await Vehicle.all(), 0)
  })

  test('a plate already registered, however it is spelled: 409 E_PLATE_TAKEN', async ({
    client,
    assert,
  }) => {
    const { carrier, dispatcher, type } = await carrierSetup()
    await makeVehicle(await makeOrganisation(), { plate: 'KCA123A' })
    const response = await client
      .post('/api/v1/vehicles')
      .loginAs(dispatcher)
      .json({ plate: 'kca-123 a', vehicleTypeId: type.id })
    response.assertStatus(409)
    response.assertBodyContains({ errors: [{ code: 'E_PLATE_TAKEN', field: 'plate' }] })
    assert.lengthOf(await Vehicle.query().where('organisation_id', carrier.id), 0)

    const mine = await makeVehicle(carrier)
    const rename = await client
      .patch(`/api/v1/vehicles/${mine.id}`)
      .loginAs(dispatcher)
      .json({ plate: 'KCA 123A' })
    rename.assertStatus(409)
    await mine.refresh()
    assert.notEqual(mine.plate, 'KCA123A')
  })

  test('an edit with invalid coordinates changes nothing', async ({ client, assert }) => {
    const { carrier, dispatcher } = await carrierSetup()
    const vehicle = await makeVehicle(carrier, { baseLat: 14.79, baseLng: -16.93 })
    const response = await client
      .patch(`/api/v1/vehicles/${vehicle.id}`)
      .loginAs(dispatcher)
      .json({ baseLocation: { lat: -91, lng: 0 }, make: 'Renault' })
    response.assertStatus(422)
    response.assertBodyContains({ errors: [{ code: 'E_VALIDATION', field: 'baseLocation.lat' }] })
    await vehicle.refresh()
    assert.equal(vehicle.baseLat, 14.79)
    assert.isNull(vehicle.make)
  })

  test('vehicle types: negative capacity and duplicate code are refused', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const typesBefore = await VehicleType.all()
    const before = typesBefore.length
    const negative = await client.post('/api/v1/vehicle-types').loginAs(admin).json({
      code: 'mini_truck',
      name: 'Mini truck',
      body: 'box',
      capacityKg: -1,
      capacityM3: 4,
    })
    negative.assertStatus(422)
    negative.assertBodyContains({ errors: [{ code: 'E_VALIDATION', field: 'capacityKg' }] })

    const unknownBody = await client.post('/api/v1/vehicle-types').loginAs(admin).json({
      code: 'hover_truck',
      name: 'Hover truck',
      body: 'hovercraft',
      capacityKg: 1000,
      capacityM3: 4,
    })
    unknownBody.assertStatus(422)
    unknownBody.assertBodyContains({ errors: [{ code: 'E_VALIDATION', field: 'body' }] })

    const duplicate = await client.post('/api/v1/vehicle-types').loginAs(admin).json({
      code: 'flatbed_10t',
      name: 'Another flatbed',
      body: 'flatbed',
      capacityKg: 9000,
      capacityM3: 30,
    })
    duplicate.assertStatus(409)
    duplicate.assertBodyContains({ errors: [{ code: 'E_VEHICLE_TYPE_EXISTS', field: 'code' }] })
    assert.lengthOf(await VehicleType.all(), before)
  })
})

test.group('fleet bad input: uploads', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  const inSixMonths = () => DateTime.now().plus({ months: 6 }).toISODate()!

  function uploadDocument(
    client: any,
    user: any,
    fields: Record<string, unknown>,
    file: Buffer,
    filename: string
  ) {
    return client
      .post('/api/v1/documents')
      .loginAs(user)
      .fields({ kind: 'insurance', number: 'POL-778899', expiresOn: inSixMonths(), ...fields })
      .file('file', file, { filename })
  }

  test('a document over 5 MB: 422 on file, nothing stored', async ({ client, assert }) => {
    const { carrier, dispatcher } = await carrierSetup()
    const vehicle = await makeVehicle(carrier)
    const response = await uploadDocument(
      client,
      dispatcher,
      { vehicleId: vehicle.id },
      oversizedPng(),
      'scan.png'
    )
    response.assertStatus(422)
    response.assertBodyContains({ errors: [{ code: 'E_VALIDATION', field: 'file' }] })
    assert.lengthOf(await FleetDocument.all(), 0)
    assert.lengthOf(await storedFiles(), 0)
  })

  test('a body over the 20 MB multipart cap: 413, nothing stored', async ({ client, assert }) => {
    const { carrier, dispatcher } = await carrierSetup()
    const vehicle = await makeVehicle(carrier)
    const huge = Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024)])
    const response = await uploadDocument(
      client,
      dispatcher,
      { vehicleId: vehicle.id },
      huge,
      'scan.pdf'
    )
    response.assertStatus(413)
    response.assertBodyContains({ errors: [{ code: 'E_PAYLOAD_TOO_LARGE' }] })
    assert.lengthOf(await FleetDocument.all(), 0)
    assert.lengthOf(await storedFiles(), 0)
  })

  test('a document that is not an image or PDF: 422, nothing stored', async ({
    client,
    assert,
  }) => {
    const { carrier, dispatcher } = await carrierSetup()
    const vehicle = await makeVehicle(carrier)
    const cases: [Buffer, string][] = [
      [Buffer.from('MZ this is a windows executable'), 'virus.exe'],
      [Buffer.from('just some text, not a scan'), 'insurance.pdf'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'card.png'],
    ]
    for (const [bytes, name] of cases) {
      const response = await uploadDocument(
        client,
        dispatcher,
        { vehicleId: vehicle.id },
        bytes,
        name
      )
      response.assertStatus(422)
      assert.equal(response.body().errors[0].field, 'file', name)
      assert.include(['E_VALIDATION', 'E_INVALID_FILE'], response.body().errors[0].code)
    }
    assert.lengthOf(await FleetDocument.all(), 0)
    assert.lengthOf(await storedFiles(), 0)
  })

  test('document fields: past expiry, unknown kind, missing vehicle, kind/owner mismatch', async ({
    client,
    assert,
  }) => {
    const { carrier, dispatcher } = await carrierSetup()
    const vehicle = await makeVehicle(carrier)
    const driver = await makeUser('driver', carrier)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ vehicleId: vehicle.id, expiresOn: '2020-01-31' }, 'E_VALIDATION', 'expiresOn'],
      [{ vehicleId: vehicle.id, expiresOn: '31/01/2030' }, 'E_VALIDATION', 'expiresOn'],
      [{ vehicleId: vehicle.id, kind: 'passport' }, 'E_VALIDATION', 'kind'],
      [{}, 'E_VALIDATION', 'vehicleId'],
      [{ vehicleId: vehicle.id, driverId: driver.id }, 'E_DOCUMENT_OWNER_MISMATCH', 'driverId'],
      [
        { kind: 'driving_licence', vehicleId: vehicle.id },
        'E_DOCUMENT_OWNER_MISMATCH',
        'vehicleId',
      ],
      [{ kind: 'driving_licence' }, 'E_DOCUMENT_OWNER_MISMATCH', 'driverId'],
    ]
    for (const [fields, code, field] of cases) {
      const response = await uploadDocument(client, dispatcher, fields, PDF, 'scan.pdf')
      response.assertStatus(422)
      response.assertBodyContains({ errors: [{ code, field }] })
    }
    assert.lengthOf(await FleetDocument.all(), 0)
    assert.lengthOf(await storedFiles(), 0)
  })

  test('a vehicle photo must be an image under 5 MB', async ({ client, assert }) => {
    const { carrier, dispatcher } = await carrierSetup()
    const vehicle = await makeVehicle(carrier)
    const cases: [Buffer, string][] = [
      [PDF, 'truck.pdf'],
      [PDF, 'truck.jpg'],
      [oversizedPng(), 'truck.png'],
      [Buffer.from('not a picture'), 'truck.webp'],
    ]
    for (const [bytes, name] of cases) {
      const response = await client
        .post(`/api/v1/vehicles/${vehicle.id}/photos`)
        .loginAs(dispatcher)
        .file('photo', bytes, { filename: name })
      response.assertStatus(422)
      assert.equal(response.body().errors[0].field, 'photo', name)
    }
    const missing = await client
      .post(`/api/v1/vehicles/${vehicle.id}/photos`)
      .loginAs(dispatcher)
      .fields({ note: 'no file' })
    missing.assertStatus(422)
    assert.lengthOf(await VehiclePhoto.all(), 0)
    assert.lengthOf(await storedFiles(), 0)
  })

  test('reject needs a reason; an unknown document is 404', async ({ client, assert }) => {
    const admin = await makeUser('admin')
    const vehicle = await makeVehicle(await makeOrganisation())
    const document = await makeDocument('insurance', { vehicle }, { status: 'pending' })
    const reject = await client
      .post(`/api/v1/documents/${document.id}/reject`)
      .loginAs(admin)
      .json({ reason: '  ' })
    reject.assertStatus(422)
    reject.assertBodyContains({ errors: [{ code: 'E_VALIDATION', field: 'reason' }] })
    await document.refresh()
    assert.equal(document.status, 'pending')

    const verify = await client.post('/api/v1/documents/999999/verify').loginAs(admin).json({})
    verify.assertStatus(404)
    verify.assertBodyContains({ errors: [{ code: 'E_NOT_FOUND' }] })
    const notANumber = await client.get('/api/v1/documents/abc').loginAs(admin)
    notANumber.assertStatus(422)
  })

  test('sanity: a valid PNG photo is accepted', async ({ client }) => {
    const { carrier, dispatcher } = await carrierSetup()
    const vehicle = await makeVehicle(carrier)
    const response = await client
      .post(`/api/v1/vehicles/${vehicle.id}/photos`)
      .loginAs(dispatcher)
      .file('photo', PNG, { filename: 'truck.png' })
    response.assertStatus(201)
  })
})
