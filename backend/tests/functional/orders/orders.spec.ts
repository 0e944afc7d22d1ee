import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { countRows, notesOf } from '#tests/fixtures/marketplace'
import { draftBody, makeOrder, makeUser, makeWorld } from '#tests/fixtures/marketplace'

test.group('Orders: drafts, publishing, listing', (group) => {
  isolateDatabase(group)

  test('a shipper creates a draft, edits it, posts it; the timeline shows each step', async ({
    client,
    assert,
  }) => {
    const { shipper } = await makeWorld()
    const created = await client.post('/api/v1/orders').json(draftBody()).loginAs(shipper)
    created.assertStatus(201)
    created.assertBodyContains({
      status: 'draft',
      pickup: { lat: -1.3087, lng: 36.8516, contactPhone: '+254712345678' },
      cargo: { kind: 'maize', weightKg: 2000, volumeM3: 3.5, count: 40 },
      priceAmount: 4_500_000,
      currency: 'KES',
    })
    const id = created.body().id

    const edited = await client
      .patch(`/api/v1/orders/${id}`)
      .json({ notes: 'Gate 4, ask for Otieno', cargo: { kind: 'maize', weightKg: 2500 } })
      .loginAs(shipper)
    edited.assertStatus(200)
    edited.assertBodyContains({ notes: 'Gate 4, ask for Otieno', cargo: { weightKg: 2500 } })

    const posted = await client.post(`/api/v1/orders/${id}/post`).json({}).loginAs(shipper)
    posted.assertStatus(200)
    assert.equal(posted.body().status, 'posted')
    assert.isString(posted.body().postedAt)

    const timeline = await client.get(`/api/v1/orders/${id}/events`).loginAs(shipper)
    timeline.assertStatus(200)
    assert.deepEqual(
      timeline.body().data.map((event: { type: string }) => event.type),
      ['created', 'posted']
    )
    assert.equal(timeline.body().data[1].actorId, shipper.id)
  })

  test('a posted order can no longer be edited: 409 naming the state, nothing changed', async ({
    client,
    assert,
  }) => {
    const { shipper } = await makeWorld()
    const order = await makeOrder(shipper, { status: 'posted' })
    const response = await client
      .patch(`/api/v1/orders/${order.id}`)
      .json({ notes: 'changed' })
      .loginAs(shipper)
    response.assertStatus(409)
    response.assertBodyContains({ errors: [{ code: 'E_INVALID_STATE' }] })
    assert.include(response.body().errors[0].message, 'posted')
    assert.isNull(await notesOf(order.id))
  })

  test('posting twice answers 409 naming the current state', async ({ client, assert }) => {
    const { shipper } = await makeWorld()
    const order = await makeOrder(shipper, { status: 'posted' })
    const response = await client.post(`/api/v1/orders/${order.id}/post`).json({}).loginAs(shipper)
    response.assertStatus(409)
    assert.include(response.body().errors[0].message, 'is posted')
    assert.equal(await countRows('order_events'), 0)
  })

  const invalidDrafts: [string, Record<string, unknown>, string][] = [
    ['latitude beyond 90', { pickup: { lat: 91, lng: 36.8, address: 'Nowhere' } }, 'pickup.lat'],
    [
      'longitude beyond 180',
      { dropoff: { lat: -1, lng: -181, address: 'Nowhere' } },
      'dropoff.lng',
    ],
    ['negative weight', { cargo: { kind: 'maize', weightKg: -5 } }, 'cargo.weightKg'],
    ['unknown currency', { currency: 'USD' }, 'currency'],
    ['unknown payment method', { paymentMethod: 'cheque' }, 'paymentMethod'],
    [
      'window ending before it starts',
      {
        pickup: {
          lat: -1.3,
          lng: 36.8,
          address: 'Industrial Area',
          windowStart: '2026-12-01T10:00:00Z',
          windowEnd: '2026-12-01T08:00:00Z',
        },
      },
      'pickup.windowEnd',
    ],
    ['neither price nor bids', { priceAmount: undefined, openToBids: false }, 'priceAmount'],
    ['unknown vehicle type', { requiredVehicleTypeId: 999999 }, 'requiredVehicleTypeId'],
  ]
  for (const [label, change, field] of invalidDrafts) {
    test(`rejects a draft with ${label}: 422 on ${field}, nothing written`, async ({
      client,
      assert,
    }) => {
      const { shipper } = await makeWorld()
      const response = await client.post('/api/v1/orders').json(draftBody(change)).loginAs(shipper)
      response.assertStatus(422)
      const error = response.body().errors.find((e: { field: string }) => e.field === field)
      assert.exists(error, JSON.stringify(response.body()))
      assert.equal(await countRows('orders'), 0)
    })
  }

  test('only shippers create orders', async ({ client, assert }) => {
    const { carrier, admin } = await makeWorld()
    for (const user of [carrier.driver, carrier.dispatcher, admin]) {
      const response = await client.post('/api/v1/orders').json(draftBody()).loginAs(user)
      response.assertStatus(403)
    }
    assert.equal(await countRows('orders'), 0)
  })

  test('lists own orders: shipper organisation, carrier, platform', async ({ client, assert }) => {
    const world = await makeWorld()
    const mine = await makeOrder(world.shipper)
    const colleagues = await makeOrder(world.colleague)
    const others = await makeOrder(world.otherShipper)
    const assigned = await makeOrder(world.otherShipper, {
      status: 'assigned',
      carrierOrganisationId: world.carrier.organisation.id,
      assignedDriverId: world.carrier.driver.id,
      assignedVehicleId: world.carrier.vehicle.id,
    })
    const ids = async (user: typeof world.shipper) => {
      const response = await client.get('/api/v1/orders').loginAs(user)
      response.assertStatus(200)
      return response
        .body()
        .data.map((o: { id: number }) => o.id)
        .sort()
    }
    assert.deepEqual(await ids(world.shipper), [mine.id, colleagues.id].sort())
    assert.deepEqual(await ids(world.otherShipper), [others.id, assigned.id].sort())
    assert.deepEqual(await ids(world.carrier.dispatcher), [assigned.id])
    assert.deepEqual(await ids(world.carrier.driver), [assigned.id])
    assert.deepEqual(await ids(world.otherCarrier.dispatcher), [])
    assert.lengthOf(await ids(world.platformDispatcher), 4)

    // The carrier's dispatcher reads who drives it by name, in the list and on the order.
    const list = await client.get('/api/v1/orders').loginAs(world.carrier.dispatcher)
    assert.equal(list.body().data[0].assignedDriverName, world.carrier.driver.name)
    const one = await client.get(`/api/v1/orders/${assigned.id}`).loginAs(world.carrier.dispatcher)
    assert.equal(one.body().assignedDriverName, world.carrier.driver.name)
    const draft = await client.get(`/api/v1/orders/${mine.id}`).loginAs(world.shipper)
    assert.isNull(draft.body().assignedDriverName)
  })
})

test.group('Orders: load board', (group) => {
  isolateDatabase(group)

  test('shows posted orders near a point, nearest first, with PostGIS distances', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    // Pickups: Nairobi CBD (~0 km), Thika (~40 km), Nakuru (~140 km); a draft and an assigned one nearby.
    const cbd = await makeOrder(world.shipper, {
      status: 'posted',
      pickup: { lat: -1.2864, lng: 36.8172 },
    })
    const thika = await makeOrder(world.shipper, {
      status: 'bidding',
      pickup: { lat: -1.0333, lng: 37.0693 },
    })
    await makeOrder(world.shipper, { status: 'posted', pickup: { lat: -0.3031, lng: 36.08 } })
    await makeOrder(world.shipper, { status: 'draft', pickup: { lat: -1.2864, lng: 36.8172 } })
    await makeOrder(world.shipper, { status: 'assigned', pickup: { lat: -1.2864, lng: 36.8172 } })

    const response = await client
      .get('/api/v1/orders')
      .qs({ near: '-1.2921,36.8219', radiusKm: 60 })
      .loginAs(world.carrier.driver)
    response.assertStatus(200)
    const data = response.body().data
    assert.deepEqual(
      data.map((o: { id: number }) => o.id),
      [cbd.id, thika.id]
    )
    assert.closeTo(data[0].distanceM, 819, 20)
    assert.closeTo(data[1].distanceM, 39_000, 1500)
    assert.equal(response.body().meta.total, 2)
  })

  test('filters by vehicle type and by the capacity the cargo needs; paginates', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const { default: VehicleType } = await import('#fleet/models/vehicle_type')
    const reefer = await VehicleType.findByOrFail('code', 'reefer_10t')
    const flatbed = await VehicleType.findByOrFail('code', 'flatbed_10t')
    const light = await makeOrder(world.shipper, { status: 'posted', cargoWeightKg: 800 })
    const heavy = await makeOrder(world.shipper, { status: 'posted', cargoWeightKg: 9000 })
    const cold = await makeOrder(world.shipper, {
      status: 'posted',
      cargoWeightKg: 500,
      requiredVehicleTypeId: reefer.id,
    })
    const near = { near: '-1.3,36.85' }

    const fits = await client
      .get('/api/v1/orders')
      .qs({ ...near, minCapacityKg: 1000 })
      .loginAs(world.carrier.driver)
    assert.sameMembers(
      fits.body().data.map((o: { id: number }) => o.id),
      [light.id, cold.id]
    )

    const flat = await client
      .get('/api/v1/orders')
      .qs({ ...near, vehicleType: 'flatbed_10t' })
      .loginAs(world.carrier.driver)
    assert.sameMembers(
      flat.body().data.map((o: { id: number }) => o.id),
      [light.id, heavy.id]
    )

    const byId = await client
      .get('/api/v1/orders')
      .qs({ ...near, vehicleType: String(flatbed.id), perPage: 1, page: 2 })
      .loginAs(world.carrier.driver)
    assert.lengthOf(byId.body().data, 1)
    assert.deepInclude(byId.body().meta, { total: 2, perPage: 1, currentPage: 2, lastPage: 2 })
  })

  test('takes near as the raw query string a phone would send (comma unescaped)', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const response = await client
      .get('/api/v1/orders?near=-1.2921,36.8219&radiusKm=60')
      .loginAs(world.carrier.driver)
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((o: { id: number }) => o.id),
      [order.id]
    )
  })

  test('rejects bad coordinates and unknown vehicle types with 422', async ({ client }) => {
    const world = await makeWorld()
    for (const near of ['91,10', '10', 'abc,def', '1,2,3', '-1.2,181', '']) {
      const response = await client.get('/api/v1/orders').qs({ near }).loginAs(world.carrier.driver)
      response.assertStatus(422)
      response.assertBodyContains({ errors: [{ code: 'E_VALIDATION', field: 'near' }] })
    }
    const type = await client
      .get('/api/v1/orders')
      .qs({ near: '1,1', vehicleType: 'spaceship' })
      .loginAs(world.carrier.driver)
    type.assertStatus(422)
    type.assertBodyContains({ errors: [{ field: 'vehicleType' }] })
  })

  test('the load board is for carriers and platform staff, not shippers', async ({ client }) => {
    const world = await makeWorld()
    const response = await client
      .get('/api/v1/orders')
      .qs({ near: '-1.3,36.85' })
      .loginAs(world.shipper)
    response.assertStatus(403)
    const anonymous = await client.get('/api/v1/orders').qs({ near: '-1.3,36.85' })
    anonymous.assertStatus(401)
  })

  test('a new driver not yet in a carrier reads the load board but may not bid', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const newcomer = await makeUser('driver', null)
    const board = await client.get('/api/v1/orders').qs({ near: '-1.3,36.85' }).loginAs(newcomer)
    board.assertStatus(200)
    const listed = board.body().data.find((o: { id: number }) => o.id === order.id)
    assert.deepEqual(listed.allowedActions, [])
    const shown = await client.get(`/api/v1/orders/${order.id}`).loginAs(newcomer)
    shown.assertStatus(200)
    const bid = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json({
        amount: 100,
        currency: 'KES',
        vehicleId: world.carrier.vehicle.id,
        estimatedPickupAt: '2030-01-01T10:00:00Z',
      })
      .loginAs(newcomer)
    bid.assertStatus(403)
  })
})
