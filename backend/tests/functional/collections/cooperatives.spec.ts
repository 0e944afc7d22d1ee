import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { makeUser, tokenFor } from '#tests/accounts_helpers'
import { makeDocument, makeVehicle } from '#tests/fleet_fixtures'
import FleetDocument from '#fleet/models/fleet_document'
import VehicleDriver from '#fleet/models/vehicle_driver'
import { DateTime } from 'luxon'
import User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
import {
  collectionInput,
  farmPhone,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'
import { guardTransactions } from '#tests/transaction_guard'

test.group('collections: cooperatives, centres and routes', (group) => {
  isolateDatabase(group)
  guardTransactions(group)

  test('an admin opens a cooperative; its manager is a dispatcher who owns it', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin' })
    const carrier = await Organisation.create({
      name: 'Kiambu Haulage',
      kind: 'carrier',
      country: 'KE',
    })
    const managerPhone = farmPhone()
    const response = await client
      .post('/api/v1/cooperatives')
      .bearerToken(await tokenFor(admin))
      .json({
        name: 'Githunguri Dairy',
        country: 'KE',
        code: '4242',
        carrierOrganisationId: carrier.id,
        manager: { phone: managerPhone.replace('+254', '0'), name: 'Njeri' },
        lactometerMin: 27,
      })
    response.assertStatus(201)
    assert.containsSubset(response.body(), {
      name: 'Githunguri Dairy',
      currency: 'KES',
      code: '4242',
      lactometerMin: 27,
      lactometerMax: 32,
    })
    const manager = await User.findByOrFail('phone', managerPhone)
    assert.equal(manager.role, 'dispatcher')
    const organisation = await Organisation.findOrFail(response.body().id)
    assert.equal(organisation.kind, 'cooperative')
    assert.equal(organisation.ownerId, manager.id)

    const mine = await client.get('/api/v1/cooperatives/mine').bearerToken(await tokenFor(manager))
    assert.equal(mine.body().id, organisation.id)

    const again = await client
      .post('/api/v1/cooperatives')
      .bearerToken(await tokenFor(admin))
      .json({
        name: 'Other',
        country: 'KE',
        code: '4242',
        manager: { phone: farmPhone(), name: 'X' },
      })
    again.assertStatus(409)
    assert.equal(again.body().errors[0].field, 'code')
  })

  test('only admins open cooperatives', async ({ client }) => {
    const coop = await makeCooperative()
    const response = await client
      .post('/api/v1/cooperatives')
      .bearerToken(await tokenFor(coop.manager))
      .json({
        name: 'Mine',
        country: 'KE',
        code: '9999',
        manager: { phone: farmPhone(), name: 'X' },
      })
    response.assertStatus(403)
  })

  test('the manager adds centres and routes driven by the transporter’s truck and driver', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const token = await tokenFor(coop.manager)
    const centre = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/centres`)
      .bearerToken(token)
      .json({ name: 'Ikinu Cooler', location: { lat: -1.02, lng: 36.8 } })
    centre.assertStatus(201)
    const route = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
      .bearerToken(token)
      .json({
        name: 'Route B',
        vehicleId: coop.route.vehicleId,
        driverId: coop.driver.id,
        shifts: [{ shift: 'pm', days: [1, 3, 5] }],
        stops: [
          { kind: 'farm_gate', name: 'Mwangi gate', location: { lat: -1.03, lng: 36.79 } },
          { kind: 'centre', centreId: centre.body().id },
        ],
      })
    route.assertStatus(201)
    assert.deepEqual(
      route.body().stops.map((s: any) => [s.position, s.kind, s.name]),
      [
        [1, 'farm_gate', 'Mwangi gate'],
        [2, 'centre', 'Ikinu Cooler'],
      ]
    )

    const reordered = await client
      .patch(`/api/v1/collection-routes/${route.body().id}`)
      .bearerToken(token)
      .json({
        stops: [
          { kind: 'centre', centreId: centre.body().id },
          { kind: 'farm_gate', name: 'Mwangi gate', location: { lat: -1.03, lng: 36.79 } },
        ],
      })
    reordered.assertStatus(200)
    assert.deepEqual(
      reordered.body().stops.map((s: any) => [s.id, s.name]),
      [
        [route.body().stops[1].id, 'Ikinu Cooler'],
        [route.body().stops[0].id, 'Mwangi gate'],
      ],
      'stops that stay keep their id (and their farmers)'
    )

    const driverRoutes = await client
      .get('/api/v1/collection-routes/mine')
      .bearerToken(await tokenFor(coop.driver))
    assert.includeMembers(
      driverRoutes.body().data.map((r: any) => r.name),
      ['Route A', 'Route B']
    )
  })

  test('a truck or driver of another carrier, or a centre of another cooperative, is refused with 422', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const other = await makeCooperative()
    const token = await tokenFor(coop.manager)
    const strangeTruck = await makeVehicle(other.carrier)
    for (const [body, field] of [
      [{ vehicleId: strangeTruck.id }, 'vehicleId'],
      [{ driverId: other.driver.id }, 'driverId'],
      [{ stops: [{ kind: 'centre', centreId: other.centre.id }] }, 'stops.0.centreId'],
    ] as const) {
      const response = await client
        .post(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
        .bearerToken(token)
        .json({
          name: 'Bad',
          shifts: [],
          stops: [{ kind: 'farm_gate', name: 'G', location: { lat: -1, lng: 36 } }],
          ...body,
        })
      response.assertStatus(422)
      assert.equal(response.body().errors[0].field, field)
    }
  })

  test('a cooperative without a transporter is given no driver, not even one of no carrier', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    coop.cooperative.carrierOrganisationId = null
    await coop.cooperative.save()
    const loneDriver = await makeUser({ role: 'driver' })
    const response = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
      .bearerToken(await tokenFor(coop.manager))
      .json({
        name: 'Nobody drives',
        shifts: [],
        stops: [{ kind: 'farm_gate', name: 'G', location: { lat: -1, lng: 36 } }],
        driverId: loneDriver.id,
      })
    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'driverId')
    const routes = await client
      .get(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
      .bearerToken(await tokenFor(coop.manager))
    assert.notInclude(
      routes.body().data.map((r: { name: string }) => r.name),
      'Nobody drives'
    )
  })

  test('a driver an admin suspended is not given a route (409) until reinstated', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const admin = await makeUser({ role: 'admin' })
    const token = await tokenFor(coop.manager)
    const routeUrl = `/api/v1/collection-routes/${coop.route.id}`
    const off = await client.patch(routeUrl).bearerToken(token).json({ driverId: null })
    off.assertStatus(200)
    const suspended = await client
      .post(`/api/v1/admin/users/${coop.driver.id}/suspend`)
      .json({ reason: 'Forged licence' })
      .loginAs(admin)
    suspended.assertStatus(200)

    const created = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
      .bearerToken(token)
      .json({
        name: 'Route S',
        vehicleId: coop.route.vehicleId,
        driverId: coop.driver.id,
        shifts: [],
        stops: [{ kind: 'farm_gate', name: 'G', location: { lat: -1, lng: 36 } }],
      })
    created.assertStatus(409)
    assert.equal(created.body().errors[0].code, 'E_DRIVER_SUSPENDED')
    const given = await client.patch(routeUrl).bearerToken(token).json({ driverId: coop.driver.id })
    given.assertStatus(409)
    assert.equal(given.body().errors[0].code, 'E_DRIVER_SUSPENDED')
    const routes = await client
      .get(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
      .bearerToken(token)
    assert.deepEqual(
      routes.body().data.map((r: any) => [r.name, r.driverId]),
      [[coop.route.name, null]]
    )

    await client
      .post(`/api/v1/admin/users/${coop.driver.id}/reinstate`)
      .json({ reason: 'Licence checked' })
      .loginAs(admin)
    const back = await client.patch(routeUrl).bearerToken(token).json({ driverId: coop.driver.id })
    back.assertStatus(200)
    assert.equal(back.body().driverId, coop.driver.id)
  })

  test('a truck or driver whose papers are not in order is not given a route (409, reasons named)', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const token = await tokenFor(coop.manager)
    const routeUrl = `/api/v1/collection-routes/${coop.route.id}`
    const carrier = coop.carrier
    const truck = await makeVehicle(carrier, { plate: 'KDA 404X' })
    await makeDocument('registration_card', { vehicle: truck })
    await makeDocument(
      'insurance',
      { vehicle: truck },
      { expiresOn: DateTime.now().minus({ days: 1 }) }
    )
    const spare = await makeUser({ role: 'driver', organisation: carrier })
    await makeDocument('driving_licence', { driver: spare })
    await VehicleDriver.create({ vehicleId: truck.id, driverId: spare.id })
    const newcomer = await makeUser({ role: 'driver', organisation: carrier })
    await makeDocument('driving_licence', { driver: newcomer }, { status: 'pending' })

    const created = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
      .bearerToken(token)
      .json({
        name: 'Route P',
        vehicleId: truck.id,
        driverId: spare.id,
        shifts: [],
        stops: [{ kind: 'farm_gate', name: 'G', location: { lat: -1, lng: 36 } }],
      })
    created.assertStatus(409)
    assert.equal(created.body().errors[0].code, 'E_VEHICLE_NOT_ELIGIBLE')
    assert.include(created.body().errors[0].message, 'KDA 404X')
    assert.include(created.body().errors[0].message, 'expired')

    const moved = await client
      .patch(routeUrl)
      .bearerToken(token)
      .json({ vehicleId: truck.id, driverId: spare.id })
    moved.assertStatus(409)
    assert.equal(moved.body().errors[0].code, 'E_VEHICLE_NOT_ELIGIBLE')

    const alone = await client
      .patch(routeUrl)
      .bearerToken(token)
      .json({ vehicleId: null, driverId: newcomer.id })
    alone.assertStatus(409)
    assert.equal(alone.body().errors[0].code, 'E_DRIVER_NOT_ELIGIBLE')
    assert.include(alone.body().errors[0].message, 'waiting for verification')

    const routes = await client
      .get(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
      .bearerToken(token)
    assert.deepEqual(
      routes.body().data.map((r: any) => [r.name, r.vehicleId, r.driverId]),
      [[coop.route.name, coop.route.vehicleId, coop.driver.id]]
    )
    // Its own crew lapsing does not stop the manager editing the route otherwise.
    await FleetDocument.query().where('vehicle_id', coop.route.vehicleId!).delete()
    const renamed = await client.patch(routeUrl).bearerToken(token).json({ name: 'Route A1' })
    renamed.assertStatus(200)
  })

  test('suspending a route’s driver takes the route off them; its truck stays', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const other = await makeCooperative()
    const admin = await makeUser({ role: 'admin' })
    const suspended = await client
      .post(`/api/v1/admin/users/${coop.driver.id}/suspend`)
      .json({ reason: 'Forged licence' })
      .loginAs(admin)
    suspended.assertStatus(200)

    const routes = await client
      .get(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
      .bearerToken(await tokenFor(coop.manager))
    assert.deepEqual(
      routes.body().data.map((r: any) => [r.name, r.vehicleId, r.driverId]),
      [[coop.route.name, coop.route.vehicleId, null]]
    )
    const untouched = await client
      .get(`/api/v1/cooperatives/${other.organisation.id}/routes`)
      .bearerToken(await tokenFor(other.manager))
    assert.deepEqual(
      untouched.body().data.map((r: any) => r.driverId),
      [other.driver.id]
    )
  })

  test('a clerk works but does not manage; outsiders see nothing', async ({ client }) => {
    const coop = await makeCooperative()
    const other = await makeCooperative()
    const clerk = await tokenFor(coop.clerk)
    const addRoute = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/routes`)
      .bearerToken(clerk)
      .json({
        name: 'Route R',
        shifts: [],
        stops: [{ kind: 'farm_gate', name: 'G', location: { lat: -1, lng: 36 } }],
      })
    addRoute.assertStatus(403)
    const close = await client
      .patch(`/api/v1/cooperatives/${coop.organisation.id}`)
      .bearerToken(clerk)
      .json({ closedThrough: '2026-10-31' })
    close.assertStatus(403)

    const outsider = await tokenFor(other.manager)
    for (const path of ['', '/centres', '/routes', '/farmers', '/collections']) {
      const response = await client
        .get(`/api/v1/cooperatives/${coop.organisation.id}${path}`)
        .bearerToken(outsider)
      response.assertStatus(404)
    }
    const route = await client
      .get(`/api/v1/collection-routes/${coop.route.id}`)
      .bearerToken(outsider)
    route.assertStatus(404)
    const driverOwnRoute = await client
      .get(`/api/v1/collection-routes/${coop.route.id}`)
      .bearerToken(await tokenFor(coop.driver))
    driverOwnRoute.assertStatus(200)
    const shipper = await makeUser({ role: 'shipper' })
    const none = await client.get('/api/v1/cooperatives/mine').bearerToken(await tokenFor(shipper))
    none.assertStatus(404)
  })

  test('the manager closes a period', async ({ client, assert }) => {
    const coop = await makeCooperative()
    const response = await client
      .patch(`/api/v1/cooperatives/${coop.organisation.id}`)
      .bearerToken(await tokenFor(coop.manager))
      .json({ closedThrough: '2026-10-31', lactometerMin: 33 })
    response.assertStatus(422)
    const ok = await client
      .patch(`/api/v1/cooperatives/${coop.organisation.id}`)
      .bearerToken(await tokenFor(coop.manager))
      .json({ closedThrough: '2026-10-31' })
    ok.assertStatus(200)
    assert.equal(ok.body().closedThrough, '2026-10-31')
    const transporter = await client
      .patch(`/api/v1/cooperatives/${coop.organisation.id}`)
      .bearerToken(await tokenFor(coop.manager))
      .json({ carrierOrganisationId: null })
    transporter.assertStatus(403)
  })
})

test.group('collections: farmers', (group) => {
  isolateDatabase(group)
  guardTransactions(group)

  test('a clerk registers a farmer by phone; the number is normalised and language and payout default', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const phone = farmPhone()
    const response = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/farmers`)
      .bearerToken(await tokenFor(coop.clerk))
      .json({
        phone: phone.replace('+254', '0'),
        name: 'Wambui',
        memberNumber: 'K0100',
        stopId: coop.stops[1].id,
      })
    response.assertStatus(201)
    assert.containsSubset(response.body(), {
      phone,
      payoutPhone: phone,
      locale: 'en',
      status: 'active',
      stopId: coop.stops[1].id,
    })

    const dup = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/farmers`)
      .bearerToken(await tokenFor(coop.clerk))
      .json({ phone, name: 'Again', memberNumber: 'K0101' })
    dup.assertStatus(409)
    assert.equal(dup.body().errors[0].code, 'E_PHONE_TAKEN')

    const badPhone = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/farmers`)
      .bearerToken(await tokenFor(coop.clerk))
      .json({ phone: '+1 202 555 0100', name: 'Far', memberNumber: 'K0102' })
    badPhone.assertStatus(422)
    assert.equal(badPhone.body().errors[0].field, 'phone')

    const list = await client
      .get(`/api/v1/cooperatives/${coop.organisation.id}/farmers?q=Wambui`)
      .bearerToken(await tokenFor(coop.grader))
    assert.deepEqual(
      list.body().data.map((f: any) => f.memberNumber),
      ['K0100']
    )
  })

  test('a pending farmer is approved by a clerk of their cooperative only', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const other = await makeCooperative()
    const farmer = await makeFarmer(coop, { status: 'pending' })
    const stranger = await client
      .post(`/api/v1/farmers/${farmer.id}/approve`)
      .bearerToken(await tokenFor(other.clerk))
    stranger.assertStatus(404)
    const patch = await client
      .patch(`/api/v1/farmers/${farmer.id}`)
      .bearerToken(await tokenFor(other.clerk))
      .json({ name: 'Hacked' })
    patch.assertStatus(404)
    const approved = await client
      .post(`/api/v1/farmers/${farmer.id}/approve`)
      .bearerToken(await tokenFor(coop.clerk))
    approved.assertStatus(200)
    assert.equal(approved.body().status, 'active')
    const twice = await client
      .post(`/api/v1/farmers/${farmer.id}/approve`)
      .bearerToken(await tokenFor(coop.clerk))
    twice.assertStatus(409)
    await farmer.refresh()
    assert.notEqual(farmer.name, 'Hacked')
  })

  test('members list the collections of their cooperative by day and farmer', async ({
    client,
    assert,
  }) => {
    const queue = recordQueue()
    try {
      const coop = await makeCooperative()
      const farmer = await makeFarmer(coop)
      const token = await tokenFor(coop.clerk)
      await client
        .post('/api/v1/collections/sync')
        .bearerToken(token)
        .json({ collections: [collectionInput(farmer, coop)] })
      const list = await client
        .get(`/api/v1/cooperatives/${coop.organisation.id}/collections?farmerId=${farmer.id}`)
        .bearerToken(await tokenFor(coop.manager))
      list.assertStatus(200)
      assert.lengthOf(list.body().data, 1)
      assert.equal(list.body().data[0].quantityLitres, 12.5)
      assert.isFalse(list.body().data[0].receiptSent)
    } finally {
      queue.restore()
    }
  })
})
