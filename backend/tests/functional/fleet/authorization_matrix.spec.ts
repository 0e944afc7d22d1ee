import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import type { ApiClient, ApiRequest } from '@japa/api-client'
import { isolateDatabase } from '#tests/helpers'
import type User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import type FleetDocument from '#fleet/models/fleet_document'
import VehiclePhoto from '#fleet/models/vehicle_photo'
import VehicleType from '#fleet/models/vehicle_type'
import {
  PDF,
  PNG,
  makeDocument,
  makeOrganisation,
  makeUser,
  makeVehicle,
} from '#tests/fleet_fixtures'

/**
 * Every fleet endpoint × every role: allowed, 403 (you can see it but may
 * not do that) or 404 (another organisation's record is not revealed).
 */
const ROLES = ['shipper', 'driver', 'dispatcher', 'otherDispatcher', 'admin'] as const
type Actor = (typeof ROLES)[number]

interface World {
  users: Record<Actor, User>
  vehicle: Vehicle
  photo: VehiclePhoto
  assignedDriver: User
  spareDriver: User
  document: FleetDocument
  licence: FleetDocument
  typeId: number
  carrierId: number
}

async function buildWorld(): Promise<World> {
  const carrier = await makeOrganisation('carrier', 'KE')
  const otherCarrier = await makeOrganisation('carrier', 'KE')
  const shipperOrg = await makeOrganisation('shipper', 'KE')
  const users = {
    shipper: await makeUser('shipper', shipperOrg),
    driver: await makeUser('driver', carrier),
    dispatcher: await makeUser('dispatcher', carrier),
    otherDispatcher: await makeUser('dispatcher', otherCarrier),
    admin: await makeUser('admin'),
  }
  const vehicle = await makeVehicle(carrier)
  const assignedDriver = await makeUser('driver', carrier)
  const spareDriver = await makeUser('driver', carrier)
  await vehicle.related('drivers').attach([assignedDriver.id])
  await drive.use('fs').put('matrix/photo.png', PNG)
  const photo = await VehiclePhoto.create({
    vehicleId: vehicle.id,
    fileKey: 'matrix/photo.png',
    contentType: 'image/png',
    fileSize: PNG.length,
  })
  const document = await makeDocument('insurance', { vehicle }, { status: 'pending' })
  await drive.use('fs').put(document.fileKey, PDF)
  const licence = await makeDocument(
    'driving_licence',
    { driver: assignedDriver },
    { status: 'pending' }
  )
  const type = await VehicleType.findByOrFail('code', 'pickup')
  return {
    users,
    vehicle,
    photo,
    assignedDriver,
    spareDriver,
    document,
    licence,
    typeId: type.id,
    carrierId: carrier.id,
  }
}

let plateCounter = 0
const nextPlate = () => `KMX${String(++plateCounter).padStart(3, '0')}Z`
const future = () => DateTime.now().plus({ years: 1 }).toISODate()!

type Call = (client: ApiClient, w: World, actor: Actor) => ApiRequest

const matrix: { endpoint: string; call: Call; expect: Record<Actor, number> }[] = [
  {
    endpoint: 'GET /vehicle-types',
    call: (client) => client.get('/api/v1/vehicle-types'),
    expect: { shipper: 200, driver: 200, dispatcher: 200, otherDispatcher: 200, admin: 200 },
  },
  {
    endpoint: 'POST /vehicle-types',
    call: (client) =>
      client.post('/api/v1/vehicle-types').json({
        code: 'cattle_truck',
        name: 'Cattle truck',
        body: 'livestock',
        capacityKg: 8000,
        capacityM3: 40,
      }),
    expect: { shipper: 403, driver: 403, dispatcher: 403, otherDispatcher: 403, admin: 201 },
  },
  {
    endpoint: 'PATCH /vehicle-types/:id',
    call: (client, w) =>
      client.patch(`/api/v1/vehicle-types/${w.typeId}`).json({ capacityKg: 1100 }),
    expect: { shipper: 403, driver: 403, dispatcher: 403, otherDispatcher: 403, admin: 200 },
  },
  {
    endpoint: 'GET /fleet/readiness (a driver’s own checklist)',
    call: (client) => client.get('/api/v1/fleet/readiness'),
    expect: { shipper: 403, driver: 200, dispatcher: 403, otherDispatcher: 403, admin: 403 },
  },
  {
    endpoint: 'GET /vehicles',
    call: (client) => client.get('/api/v1/vehicles'),
    expect: { shipper: 403, driver: 200, dispatcher: 200, otherDispatcher: 200, admin: 200 },
  },
  {
    endpoint: 'POST /vehicles',
    call: (client, w, actor) =>
      client.post('/api/v1/vehicles').json({
        plate: nextPlate(),
        vehicleTypeId: w.typeId,
        organisationId: actor === 'admin' ? w.carrierId : undefined,
      }),
    expect: { shipper: 403, driver: 403, dispatcher: 201, otherDispatcher: 201, admin: 201 },
  },
  {
    endpoint: 'GET /vehicles/:id',
    call: (client, w) => client.get(`/api/v1/vehicles/${w.vehicle.id}`),
    expect: { shipper: 404, driver: 200, dispatcher: 200, otherDispatcher: 404, admin: 200 },
  },
  {
    endpoint: 'PATCH /vehicles/:id',
    call: (client, w) => client.patch(`/api/v1/vehicles/${w.vehicle.id}`).json({ make: 'Hino' }),
    expect: { shipper: 404, driver: 403, dispatcher: 200, otherDispatcher: 404, admin: 200 },
  },
  {
    endpoint: 'DELETE /vehicles/:id',
    call: (client, w) => client.delete(`/api/v1/vehicles/${w.vehicle.id}`),
    expect: { shipper: 404, driver: 403, dispatcher: 204, otherDispatcher: 404, admin: 204 },
  },
  {
    endpoint: 'POST /vehicles/:id/photos',
    call: (client, w) =>
      client
        .post(`/api/v1/vehicles/${w.vehicle.id}/photos`)
        .file('photo', PNG, { filename: 'side.png' }),
    expect: { shipper: 404, driver: 403, dispatcher: 201, otherDispatcher: 404, admin: 201 },
  },
  {
    endpoint: 'GET /vehicles/:id/photos/:photoId',
    call: (client, w) => client.get(`/api/v1/vehicles/${w.vehicle.id}/photos/${w.photo.id}`),
    expect: { shipper: 404, driver: 200, dispatcher: 200, otherDispatcher: 404, admin: 200 },
  },
  {
    endpoint: 'DELETE /vehicles/:id/photos/:photoId',
    call: (client, w) => client.delete(`/api/v1/vehicles/${w.vehicle.id}/photos/${w.photo.id}`),
    expect: { shipper: 404, driver: 403, dispatcher: 204, otherDispatcher: 404, admin: 204 },
  },
  {
    endpoint: 'POST /vehicles/:id/drivers',
    call: (client, w) =>
      client.post(`/api/v1/vehicles/${w.vehicle.id}/drivers`).json({ driverId: w.spareDriver.id }),
    expect: { shipper: 404, driver: 403, dispatcher: 200, otherDispatcher: 404, admin: 200 },
  },
  {
    endpoint: 'DELETE /vehicles/:id/drivers/:driverId',
    call: (client, w) =>
      client.delete(`/api/v1/vehicles/${w.vehicle.id}/drivers/${w.assignedDriver.id}`),
    expect: { shipper: 404, driver: 403, dispatcher: 204, otherDispatcher: 404, admin: 204 },
  },
  {
    endpoint: 'GET /documents',
    call: (client) => client.get('/api/v1/documents'),
    expect: { shipper: 403, driver: 200, dispatcher: 200, otherDispatcher: 200, admin: 200 },
  },
  {
    endpoint: 'POST /documents (vehicle insurance)',
    call: (client, w) =>
      client
        .post('/api/v1/documents')
        .fields({
          kind: 'insurance',
          number: 'POL-1',
          expiresOn: future(),
          vehicleId: w.vehicle.id,
        })
        .file('file', PDF, { filename: 'policy.pdf' }),
    expect: { shipper: 404, driver: 403, dispatcher: 201, otherDispatcher: 404, admin: 201 },
  },
  {
    endpoint: "POST /documents (a driver's licence)",
    call: (client, w) =>
      client
        .post('/api/v1/documents')
        .fields({
          kind: 'driving_licence',
          number: 'DL-1',
          expiresOn: future(),
          driverId: w.assignedDriver.id,
        })
        .file('file', PNG, { filename: 'licence.png' }),
    expect: { shipper: 404, driver: 403, dispatcher: 201, otherDispatcher: 404, admin: 201 },
  },
  {
    endpoint: 'GET /documents/:id',
    call: (client, w) => client.get(`/api/v1/documents/${w.document.id}`),
    expect: { shipper: 404, driver: 200, dispatcher: 200, otherDispatcher: 404, admin: 200 },
  },
  {
    endpoint: 'GET /documents/:id/file',
    call: (client, w) => client.get(`/api/v1/documents/${w.document.id}/file`),
    expect: { shipper: 404, driver: 200, dispatcher: 200, otherDispatcher: 404, admin: 200 },
  },
  {
    endpoint: 'POST /documents/:id/verify',
    call: (client, w) => client.post(`/api/v1/documents/${w.document.id}/verify`).json({}),
    expect: { shipper: 404, driver: 403, dispatcher: 403, otherDispatcher: 404, admin: 200 },
  },
  {
    endpoint: 'POST /documents/:id/reject',
    call: (client, w) =>
      client.post(`/api/v1/documents/${w.document.id}/reject`).json({ reason: 'Expired photo' }),
    expect: { shipper: 404, driver: 403, dispatcher: 403, otherDispatcher: 404, admin: 200 },
  },
]

test.group('fleet authorization matrix', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  for (const { endpoint, call, expect } of matrix) {
    for (const actor of ROLES) {
      test(`${endpoint} as ${actor} -> ${expect[actor]}`, async ({ client, assert }) => {
        const world = await buildWorld()
        const response = await call(client, world, actor).loginAs(world.users[actor])
        response.assertStatus(expect[actor])
        if (expect[actor] >= 400) {
          const code = { 403: 'E_AUTHORIZATION_FAILURE', 404: 'E_NOT_FOUND' }[expect[actor]]
          assert.equal(response.body().errors[0].code, code)
        }
      })
    }
  }

  test('unauthenticated requests get 401', async ({ client }) => {
    const world = await buildWorld()
    for (const url of [
      '/api/v1/vehicle-types',
      '/api/v1/vehicles',
      `/api/v1/documents/${world.document.id}`,
    ]) {
      const response = await client.get(url)
      response.assertStatus(401)
    }
  })

  test("a driver does not see a colleague's licence", async ({ client, assert }) => {
    const world = await buildWorld()
    const response = await client
      .get(`/api/v1/documents/${world.licence.id}`)
      .loginAs(world.users.driver)
    response.assertStatus(404)
    const list = await client.get('/api/v1/documents').loginAs(world.users.driver)
    assert.deepEqual(
      list.body().data.map((row: { id: number }) => row.id),
      [world.document.id]
    )
    const own = await client
      .get(`/api/v1/documents/${world.licence.id}`)
      .loginAs(world.assignedDriver)
    own.assertStatus(200)
  })

  test('lists only hold what the caller may see', async ({ client, assert }) => {
    const world = await buildWorld()
    const ids = (body: { data: { id: number }[] }) => body.data.map((row) => row.id)

    const other = await client.get('/api/v1/vehicles').loginAs(world.users.otherDispatcher)
    assert.notInclude(ids(other.body()), world.vehicle.id)
    const own = await client.get('/api/v1/vehicles').loginAs(world.users.driver)
    assert.deepEqual(ids(own.body()), [world.vehicle.id])

    const otherDocs = await client.get('/api/v1/documents').loginAs(world.users.otherDispatcher)
    assert.deepEqual(ids(otherDocs.body()), [])
    const adminDocs = await client.get('/api/v1/documents').loginAs(world.users.admin)
    assert.includeMembers(ids(adminDocs.body()), [world.document.id, world.licence.id])
  })

  test('a driver uploads their own licence; an owner-driver manages the fleet', async ({
    client,
  }) => {
    const world = await buildWorld()
    const own = await client
      .post('/api/v1/documents')
      .loginAs(world.assignedDriver)
      .fields({ kind: 'driving_licence', number: 'DL-77', expiresOn: future() })
      .file('file', PNG, { filename: 'me.png' })
    own.assertStatus(201)

    const soloCarrier = await makeOrganisation('carrier', 'SN')
    const ownerDriver = await makeUser('driver', soloCarrier)
    soloCarrier.ownerId = ownerDriver.id
    await soloCarrier.save()
    const created = await client
      .post('/api/v1/vehicles')
      .loginAs(ownerDriver)
      .json({ plate: nextPlate(), vehicleTypeId: world.typeId })
    created.assertStatus(201)
    created.assertBodyContains({ organisationId: soloCarrier.id })
  })

  test('a dispatcher cannot register a vehicle in another carrier', async ({ client, assert }) => {
    const world = await buildWorld()
    const response = await client
      .post('/api/v1/vehicles')
      .loginAs(world.users.otherDispatcher)
      .json({ plate: 'KZZ999Z', vehicleTypeId: world.typeId, organisationId: world.carrierId })
    response.assertStatus(404)
    assert.isNull(await Vehicle.findBy('plate', 'KZZ999Z'))
  })

  test('a platform dispatcher sees every fleet but changes none', async ({ client }) => {
    const world = await buildWorld()
    const platform = await makeOrganisation('platform', 'KE')
    const dispatcher = await makeUser('dispatcher', platform)
    const shown = await client.get(`/api/v1/vehicles/${world.vehicle.id}`).loginAs(dispatcher)
    shown.assertStatus(200)
    const edit = await client
      .patch(`/api/v1/vehicles/${world.vehicle.id}`)
      .loginAs(dispatcher)
      .json({ make: 'Scania' })
    edit.assertStatus(403)
    const create = await client
      .post('/api/v1/vehicles')
      .loginAs(dispatcher)
      .json({ plate: nextPlate(), vehicleTypeId: world.typeId })
    create.assertStatus(403)
  })
})
