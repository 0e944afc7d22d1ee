import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import Order from '#orders/models/order'
import OrderEvent from '#orders/models/order_event'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import Dispute from '#orders/models/dispute'
import DeliveryService from '#orders/services/delivery_service'
import { isolateDatabase } from '#tests/helpers'
import { markPaid } from '#tests/money_fixtures'
import { PDF, PNG, oversizedPng } from '#tests/fleet_fixtures'
import {
  countRows,
  expectStatus,
  makeAssignedOrder,
  makeCarrier,
  makeOrder,
  makeWorld,
  statusOf,
} from '#tests/fixtures/marketplace'

let disk: ReturnType<typeof drive.fake>

const types = async (orderId: number) =>
  OrderEvent.query()
    .where('order_id', orderId)
    .orderBy('id')
    .then((events) => events.map((e) => e.type))

test.group('Execution: driver moves, proof of delivery, confirmation', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    disk = drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('the assigned driver moves the order to delivered; positions land in the timeline', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    await markPaid(order)
    const url = `/api/v1/orders/${order.id}/status`
    const driver = world.carrier.driver

    const pending = await client.post(url).json({ status: 'pickup_pending' }).loginAs(driver)
    pending.assertStatus(200)
    const picked = await client
      .post(url)
      .fields({ 'status': 'picked_up', 'position[lat]': '-1.3087', 'position[lng]': '36.8516' })
      .file('photo', PNG, { filename: 'cargo.png' })
      .loginAs(driver)
    picked.assertStatus(200)
    picked.assertBodyContains({ status: 'picked_up', cargo: { photoCount: 1 } })
    const stored = await Order.findOrFail(order.id)
    disk.assertExists(stored.cargoPhotos[0])

    await expectStatus(client.post(url).json({ status: 'in_transit' }).loginAs(driver), 200)
    const delivered = await client
      .post(url)
      .json({ status: 'delivered', position: { lat: -0.3031, lng: 36.08 } })
      .loginAs(driver)
    delivered.assertStatus(200)
    assert.isString(delivered.body().deliveredAt)

    const events = await OrderEvent.query().where('order_id', order.id).orderBy('id')
    assert.deepEqual(
      events.map((e) => e.type),
      ['pickup_pending', 'picked_up', 'in_transit', 'delivered']
    )
    assert.deepEqual(events[1].position, { lat: -1.3087, lng: 36.8516 })
    assert.deepEqual(events[3].position, { lat: -0.3031, lng: 36.08 })
    assert.isTrue(events.every((e) => e.actorId === driver.id))
  })

  test('delivering before pickup is 409 naming the state; nothing changes', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const response = await client
      .post(`/api/v1/orders/${order.id}/status`)
      .json({ status: 'delivered' })
      .loginAs(world.carrier.driver)
    response.assertStatus(409)
    response.assertBodyContains({ errors: [{ code: 'E_INVALID_STATE' }] })
    assert.include(response.body().errors[0].message, 'is assigned')
    assert.equal(await statusOf(order.id), 'assigned')
    assert.deepEqual(await types(order.id), [])
  })

  test('another driver, the shipper or an unknown status cannot move it', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'pickup_pending',
    })
    const url = `/api/v1/orders/${order.id}/status`
    const { driver: colleague } = await makeCarrier()
    await expectStatus(client.post(url).json({ status: 'picked_up' }).loginAs(colleague), 404)
    await expectStatus(client.post(url).json({ status: 'picked_up' }).loginAs(world.shipper), 403)
    // The carrier's dispatcher may start pickup for its driver but not pretend to hold the goods.
    await expectStatus(
      client.post(url).json({ status: 'picked_up' }).loginAs(world.carrier.dispatcher),
      403
    )
    const unknown = await client
      .post(url)
      .json({ status: 'completed' })
      .loginAs(world.carrier.driver)
    unknown.assertStatus(422)
    unknown.assertBodyContains({ errors: [{ field: 'status' }] })
    const badPoint = await client
      .post(url)
      .json({ status: 'picked_up', position: { lat: 100, lng: 0 } })
      .loginAs(world.carrier.driver)
    badPoint.assertStatus(422)
    badPoint.assertBodyContains({ errors: [{ field: 'position.lat' }] })
    assert.equal(await statusOf(order.id), 'pickup_pending')
  })

  test('proof of delivery: photo, signature, receiver, position and time; then the shipper confirms', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, { status: 'in_transit' })
    const deliveredAt = DateTime.now().minus({ minutes: 5 }).toUTC().toISO()!
    const response = await client
      .post(`/api/v1/orders/${order.id}/proof-of-delivery`)
      .fields({
        receiverName: 'Wanjiku Kamau',
        receiverPhone: '0722 000 111',
        lat: '-0.3031',
        lng: '36.08',
        deliveredAt,
      })
      .file('photo', PNG, { filename: 'goods.png' })
      .file('signature', PNG, { filename: 'signature.png' })
      .loginAs(world.carrier.driver)
    response.assertStatus(201)
    response.assertBodyContains({
      order: { status: 'delivered' },
      proofOfDelivery: {
        receiverName: 'Wanjiku Kamau',
        receiverPhone: '+254722000111',
        position: { lat: -0.3031, lng: 36.08 },
      },
    })
    const proof = await ProofOfDelivery.findByOrFail('order_id', order.id)
    disk.assertExists(proof.photoKey)
    disk.assertExists(proof.signatureKey)
    assert.equal(proof.deliveredAt.toMillis(), DateTime.fromISO(deliveredAt).toMillis())

    const shown = await client
      .get(`/api/v1/orders/${order.id}/proof-of-delivery`)
      .loginAs(world.shipper)
    shown.assertStatus(200)
    const photo = await client.get(shown.body().photoUrl).loginAs(world.shipper)
    photo.assertStatus(200)
    photo.assertHeader('content-type', 'image/png')
    await expectStatus(client.get(shown.body().photoUrl).loginAs(world.otherShipper), 404)

    const again = await client
      .post(`/api/v1/orders/${order.id}/proof-of-delivery`)
      .fields({ receiverName: 'Someone', receiverPhone: '0722 000 111' })
      .file('photo', PNG, { filename: 'goods.png' })
      .file('signature', PNG, { filename: 'signature.png' })
      .loginAs(world.carrier.driver)
    again.assertStatus(409)
    again.assertBodyContains({ errors: [{ code: 'E_POD_EXISTS' }] })

    await expectStatus(
      client
        .post(`/api/v1/orders/${order.id}/confirm-delivery`)
        .json({})
        .loginAs(world.carrier.driver),
      403
    )
    const confirmed = await client
      .post(`/api/v1/orders/${order.id}/confirm-delivery`)
      .json({})
      .loginAs(world.colleague)
    confirmed.assertStatus(200)
    confirmed.assertBodyContains({ status: 'completed' })
    assert.deepEqual(await types(order.id), ['delivered', 'completed'])
  })

  test('proof of delivery refuses big files, files that are not images, missing fields: nothing stored', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, { status: 'in_transit' })
    const url = `/api/v1/orders/${order.id}/proof-of-delivery`
    const fields = { receiverName: 'Wanjiku', receiverPhone: '0722000111' }

    const big = await client
      .post(url)
      .fields(fields)
      .file('photo', oversizedPng(), { filename: 'big.png' })
      .file('signature', PNG, { filename: 's.png' })
      .loginAs(world.carrier.driver)
    assert.oneOf(big.status(), [413, 422])
    const pdf = await client
      .post(url)
      .fields(fields)
      .file('photo', PDF, { filename: 'photo.pdf' })
      .file('signature', PNG, { filename: 's.png' })
      .loginAs(world.carrier.driver)
    pdf.assertStatus(422)
    pdf.assertBodyContains({ errors: [{ field: 'photo' }] })
    const disguised = await client
      .post(url)
      .fields(fields)
      .file('photo', PDF, { filename: 'photo.png' })
      .file('signature', PNG, { filename: 's.png' })
      .loginAs(world.carrier.driver)
    // The bytes decide, not the name.
    disguised.assertStatus(422)
    disguised.assertBodyContains({ errors: [{ field: 'photo' }] })
    const noSignature = await client
      .post(url)
      .fields(fields)
      .file('photo', PNG, { filename: 'p.png' })
      .loginAs(world.carrier.driver)
    noSignature.assertStatus(422)
    noSignature.assertBodyContains({ errors: [{ field: 'signature' }] })
    const badPhone = await client
      .post(url)
      .fields({ ...fields, receiverPhone: '12' })
      .file('photo', PNG, { filename: 'p.png' })
      .file('signature', PNG, { filename: 's.png' })
      .loginAs(world.carrier.driver)
    badPhone.assertStatus(422)
    badPhone.assertBodyContains({ errors: [{ field: 'receiverPhone' }] })

    assert.equal(await countRows('proofs_of_delivery'), 0)
    assert.equal(await statusOf(order.id), 'in_transit')
  })

  test('an unanswered delivery with proof completes by itself after the delay', async ({
    assert,
  }) => {
    const world = await makeWorld()
    const due = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'delivered',
      deliveredAt: DateTime.now().minus({ hours: 50 }),
    })
    const recent = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'delivered',
      deliveredAt: DateTime.now().minus({ hours: 2 }),
    })
    const withoutProof = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'delivered',
      deliveredAt: DateTime.now().minus({ hours: 50 }),
    })
    for (const order of [due, recent]) {
      await ProofOfDelivery.create({
        orderId: order.id,
        photoKey: 'p.png',
        signatureKey: 's.png',
        receiverName: 'R',
        receiverPhone: '+254722000111',
        deliveredAt: order.deliveredAt!,
      })
    }
    await db
      .from('proofs_of_delivery')
      .where('order_id', due.id)
      .update({ created_at: DateTime.now().minus({ hours: 49 }).toJSDate() })

    const delivery = await app.container.make(DeliveryService)
    const completed = await delivery.autoComplete(48)
    assert.deepEqual(completed, [due.id])
    assert.equal(await statusOf(due.id), 'completed')
    assert.equal(await statusOf(recent.id), 'delivered')
    assert.equal(await statusOf(withoutProof.id), 'delivered')
    const event = await OrderEvent.query().where('order_id', due.id).firstOrFail()
    assert.equal(event.type, 'auto_completed')
    assert.isNull(event.actorId)
  })
})

test.group('Cargo photos', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    disk = drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('the shipper adds cargo photos before assignment; anyone who sees the order can fetch them', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const added = await client
      .post(`/api/v1/orders/${order.id}/cargo-photos`)
      .file('photo', PNG, { filename: 'sacks.png' })
      .loginAs(world.shipper)
    added.assertStatus(201)
    assert.deepEqual(added.body().cargo.photoUrls, [`/api/v1/orders/${order.id}/cargo-photos/0`])
    const photo = await client.get(added.body().cargo.photoUrls[0]).loginAs(world.carrier.driver)
    photo.assertStatus(200)
    photo.assertHeader('content-type', 'image/png')
    await expectStatus(client.get(added.body().cargo.photoUrls[0]).loginAs(world.otherShipper), 404)
    await expectStatus(
      client.get(`/api/v1/orders/${order.id}/cargo-photos/5`).loginAs(world.shipper),
      404
    )
    assert.deepEqual(await types(order.id), ['cargo_photo_added'])
  })

  test('refuses other people, late orders and files that are not images', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const url = `/api/v1/orders/${order.id}/cargo-photos`
    await expectStatus(
      client.post(url).file('photo', PNG, { filename: 'p.png' }).loginAs(world.carrier.dispatcher),
      403
    )
    await expectStatus(
      client.post(url).file('photo', PNG, { filename: 'p.png' }).loginAs(world.otherShipper),
      404
    )
    const pdf = await client
      .post(url)
      .file('photo', PDF, { filename: 'p.pdf' })
      .loginAs(world.shipper)
    pdf.assertStatus(422)
    pdf.assertBodyContains({ errors: [{ field: 'photo' }] })
    const big = await client
      .post(url)
      .file('photo', oversizedPng(), { filename: 'big.png' })
      .loginAs(world.shipper)
    assert.oneOf(big.status(), [413, 422])
    const assigned = await makeAssignedOrder(world.shipper, world.carrier)
    const late = await client
      .post(`/api/v1/orders/${assigned.id}/cargo-photos`)
      .file('photo', PNG, { filename: 'p.png' })
      .loginAs(world.shipper)
    late.assertStatus(409)
    assert.include(late.body().errors[0].message, 'is assigned')
    const untouched = await Order.findOrFail(order.id)
    assert.deepEqual(untouched.cargoPhotos, [])
    disk.assertMissing(`orders/${order.id}/cargo`)
  })
})

test.group('Dispatch: assign, reassign, unassign, suggestions', (group) => {
  isolateDatabase(group)

  test('a platform dispatcher assigns a posted order to any carrier, reassigns, unassigns with a reason', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const assign = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ driverId: world.carrier.driver.id, vehicleId: world.carrier.vehicle.id })
      .loginAs(world.platformDispatcher)
    assign.assertStatus(200)
    assign.assertBodyContains({
      status: 'assigned',
      assignedDriverId: world.carrier.driver.id,
      carrierOrganisationId: world.carrier.organisation.id,
    })

    const reassign = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ driverId: world.otherCarrier.driver.id, vehicleId: world.otherCarrier.vehicle.id })
      .loginAs(world.platformDispatcher)
    reassign.assertStatus(200)
    reassign.assertBodyContains({
      status: 'assigned',
      assignedDriverId: world.otherCarrier.driver.id,
      carrierOrganisationId: world.otherCarrier.organisation.id,
    })

    const unassign = await client
      .post(`/api/v1/orders/${order.id}/unassign`)
      .json({ reason: 'Truck broke down' })
      .loginAs(world.otherCarrier.dispatcher)
    unassign.assertStatus(200)
    unassign.assertBodyContains({
      status: 'posted',
      assignedDriverId: null,
      carrierOrganisationId: null,
    })

    const events = await OrderEvent.query().where('order_id', order.id).orderBy('id')
    assert.deepEqual(
      events.map((e) => e.type),
      ['assigned', 'reassigned', 'unassigned']
    )
    assert.deepInclude(events[1].data, {
      previousDriverId: world.carrier.driver.id,
      driverId: world.otherCarrier.driver.id,
    })
    assert.deepInclude(events[2].data, { reason: 'Truck broke down' })
    assert.equal(events[2].actorId, world.otherCarrier.dispatcher.id)
  })

  test('a carrier dispatcher assigns only its own fleet, and only a priced order', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const foreign = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ driverId: world.otherCarrier.driver.id, vehicleId: world.otherCarrier.vehicle.id })
      .loginAs(world.carrier.dispatcher)
    assert.oneOf(foreign.status(), [403, 422])
    const unpriced = await makeOrder(world.shipper, {
      status: 'posted',
      priceAmount: null,
      openToBids: true,
    })
    const noPrice = await client
      .post(`/api/v1/orders/${unpriced.id}/assign`)
      .json({ driverId: world.carrier.driver.id, vehicleId: world.carrier.vehicle.id })
      .loginAs(world.carrier.dispatcher)
    noPrice.assertStatus(409)
    noPrice.assertBodyContains({ errors: [{ code: 'E_PRICE_REQUIRED' }] })
    const own = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ driverId: world.carrier.driver.id, vehicleId: world.carrier.vehicle.id })
      .loginAs(world.carrier.dispatcher)
    own.assertStatus(200)
    // Now assigned to the carrier: the other carrier cannot see it any more.
    const steal = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ driverId: world.otherCarrier.driver.id, vehicleId: world.otherCarrier.vehicle.id })
      .loginAs(world.otherCarrier.dispatcher)
    steal.assertStatus(404)
  })

  test('a busy driver, a bad vehicle or a picked-up order cannot be assigned', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    await makeAssignedOrder(world.otherShipper, world.carrier, { status: 'in_transit' })
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const busy = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ driverId: world.carrier.driver.id, vehicleId: world.carrier.vehicle.id })
      .loginAs(world.platformDispatcher)
    busy.assertStatus(409)
    busy.assertBodyContains({ errors: [{ code: 'E_DRIVER_BUSY' }] })
    const mismatch = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ driverId: world.otherCarrier.driver.id, vehicleId: world.carrier.vehicle.id })
      .loginAs(world.platformDispatcher)
    mismatch.assertStatus(422)
    mismatch.assertBodyContains({ errors: [{ field: 'driverId' }] })
    const picked = await makeAssignedOrder(world.shipper, world.otherCarrier, {
      status: 'picked_up',
    })
    const late = await client
      .post(`/api/v1/orders/${picked.id}/assign`)
      .json({ driverId: world.otherCarrier.driver.id, vehicleId: world.otherCarrier.vehicle.id })
      .loginAs(world.platformDispatcher)
    late.assertStatus(409)
    assert.include(late.body().errors[0].message, 'is picked_up')
    assert.equal(await statusOf(order.id), 'posted')
  })

  test('suggestions list the nearest eligible free crews that fit, by PostGIS distance', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    // Pickup in Nairobi; the carrier's truck is based in Nairobi CBD, the other's in Nakuru.
    await world.otherCarrier.vehicle.merge({ baseLat: -0.3031, baseLng: 36.08 }).save()
    const order = await makeOrder(world.shipper, {
      status: 'posted',
      pickup: { lat: -1.3087, lng: 36.8516 },
    })
    const response = await client
      .get(`/api/v1/orders/${order.id}/suggestions`)
      .loginAs(world.platformDispatcher)
    response.assertStatus(200)
    const data = response.body().data
    assert.deepEqual(
      data.map((s: { driver: { id: number } }) => s.driver.id),
      [world.carrier.driver.id, world.otherCarrier.driver.id]
    )
    assert.isBelow(data[0].distanceM, 5_000)
    assert.isAbove(data[1].distanceM, 100_000)
    assert.equal(data[0].locationSource, 'base')

    const own = await client
      .get(`/api/v1/orders/${order.id}/suggestions`)
      .loginAs(world.otherCarrier.dispatcher)
    own.assertStatus(200)
    assert.deepEqual(
      own.body().data.map((s: { driver: { id: number } }) => s.driver.id),
      [world.otherCarrier.driver.id]
    )

    const heavy = await makeOrder(world.shipper, { status: 'posted', cargoWeightKg: 20_000 })
    const none = await client
      .get(`/api/v1/orders/${heavy.id}/suggestions`)
      .loginAs(world.platformDispatcher)
    assert.deepEqual(none.body().data, [])

    await expectStatus(
      client.get(`/api/v1/orders/${order.id}/suggestions`).loginAs(world.shipper),
      403
    )
    await expectStatus(
      client.get(`/api/v1/orders/${order.id}/suggestions`).loginAs(world.carrier.driver),
      403
    )
  })
  test('a crew is where its on-duty driver was last seen while fresh, otherwise at its base; a busy driver is not suggested', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const pickup = { lat: -1.3087, lng: 36.8516 }
    // Both trucks are based far away, in Nakuru.
    await world.carrier.vehicle.merge({ baseLat: -0.3031, baseLng: 36.08 }).save()
    await world.otherCarrier.vehicle.merge({ baseLat: -0.3031, baseLng: 36.08 }).save()
    const seen = (driverId: number, organisationId: number, age: string) =>
      db.rawQuery(
        `INSERT INTO driver_positions (driver_id, organisation_id, position, recorded_at, on_duty, updated_at)
         VALUES (?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, now() - CAST(? AS interval), true, now())`,
        [driverId, organisationId, pickup.lng + 0.01, pickup.lat, age]
      )
    // Seen 1 km from the pickup a minute ago / three hours ago.
    await seen(world.carrier.driver.id, world.carrier.organisation.id, '1 minute')
    await seen(world.otherCarrier.driver.id, world.otherCarrier.organisation.id, '3 hours')
    const order = await makeOrder(world.shipper, { status: 'posted', pickup })

    const suggested = async () => {
      const response = await client
        .get(`/api/v1/orders/${order.id}/suggestions`)
        .loginAs(world.platformDispatcher)
      response.assertStatus(200)
      return response.body().data as {
        driver: { id: number }
        distanceM: number
        locationSource: string
      }[]
    }
    const [near, far] = await suggested()
    assert.equal(near.locationSource, 'live')
    assert.equal(near.driver.id, world.carrier.driver.id)
    assert.isBelow(near.distanceM, 2_000)
    assert.equal(far.driver.id, world.otherCarrier.driver.id)
    assert.equal(far.locationSource, 'base')
    assert.isAbove(far.distanceM, 100_000)

    // On another job: not suggested, wherever they are.
    await makeOrder(world.shipper, {
      status: 'in_transit',
      assignedDriverId: world.carrier.driver.id,
      assignedVehicleId: world.carrier.vehicle.id,
      carrierOrganisationId: world.carrier.organisation.id,
    })
    const whileBusy = await suggested()
    assert.deepEqual(
      whileBusy.map((s) => s.driver.id),
      [world.otherCarrier.driver.id]
    )
  })
})

test.group('Cancellation, disputes, ratings', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    disk = drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('the shipper cancels before pickup with a reason; after pickup it is 409', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const assigned = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'pickup_pending',
    })
    const noReason = await client
      .post(`/api/v1/orders/${assigned.id}/cancel`)
      .json({})
      .loginAs(world.shipper)
    noReason.assertStatus(422)
    noReason.assertBodyContains({ errors: [{ field: 'reason' }] })
    await expectStatus(
      client
        .post(`/api/v1/orders/${assigned.id}/cancel`)
        .json({ reason: 'Not needed' })
        .loginAs(world.carrier.driver),
      403
    )
    await expectStatus(
      client
        .post(`/api/v1/orders/${assigned.id}/cancel`)
        .json({ reason: 'Not needed' })
        .loginAs(world.carrier.dispatcher),
      403
    )
    const ok = await client
      .post(`/api/v1/orders/${assigned.id}/cancel`)
      .json({ reason: 'Buyer cancelled' })
      .loginAs(world.shipper)
    ok.assertStatus(200)
    ok.assertBodyContains({ status: 'cancelled', cancelReason: 'Buyer cancelled' })

    const moving = await makeAssignedOrder(world.shipper, world.otherCarrier, {
      status: 'in_transit',
    })
    const late = await client
      .post(`/api/v1/orders/${moving.id}/cancel`)
      .json({ reason: 'Changed my mind' })
      .loginAs(world.shipper)
    late.assertStatus(409)
    assert.include(late.body().errors[0].message, 'is in_transit')
    assert.equal(await statusOf(moving.id), 'in_transit')
    const event = await OrderEvent.query().where('order_id', assigned.id).firstOrFail()
    assert.deepInclude(event.data, { reason: 'Buyer cancelled', from: 'pickup_pending' })
  })

  test('the shipper disputes a delivery with evidence; an admin resolves it', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, { status: 'delivered' })
    const disputed = await client
      .post(`/api/v1/orders/${order.id}/dispute`)
      .fields({ reason: 'damaged', description: 'Three sacks arrived torn and wet.' })
      .file('evidence', PNG, { filename: 'torn.png' })
      .file('evidence', PDF, { filename: 'report.pdf' })
      .loginAs(world.shipper)
    disputed.assertStatus(201)
    disputed.assertBodyContains({
      order: { status: 'disputed' },
      dispute: { reason: 'damaged', status: 'open' },
    })
    assert.lengthOf(disputed.body().dispute.evidence, 2)
    const dispute = await Dispute.findByOrFail('order_id', order.id)
    for (const file of dispute.evidence) disk.assertExists(file.key)

    await expectStatus(
      client
        .post(`/api/v1/admin/disputes/${dispute.id}/decision`)
        .json({ decision: 'pay_carrier', note: 'Looks fine to me' })
        .loginAs(world.platformDispatcher),
      403
    )
    const resolved = await client
      .post(`/api/v1/admin/disputes/${dispute.id}/decision`)
      .json({ decision: 'pay_carrier', note: 'Carrier refunds 3 sacks' })
      .loginAs(world.admin)
    resolved.assertStatus(200)
    resolved.assertBodyContains({
      order: { status: 'resolved' },
      status: 'resolved',
      decision: 'pay_carrier',
      resolutionNote: 'Carrier refunds 3 sacks',
    })
    const timeline = await client
      .get(`/api/v1/orders/${order.id}/events`)
      .loginAs(world.carrier.dispatcher)
    assert.deepEqual(
      timeline.body().data.map((e: { type: string }) => e.type),
      ['disputed', 'resolved']
    )
  })

  test('disputes: only once delivered, only the shipper, evidence must be image or PDF', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const moving = await makeAssignedOrder(world.shipper, world.carrier, { status: 'in_transit' })
    const early = await client
      .post(`/api/v1/orders/${moving.id}/dispute`)
      .json({ reason: 'late', description: 'It is taking forever.' })
      .loginAs(world.shipper)
    early.assertStatus(409)
    assert.include(early.body().errors[0].message, 'is in_transit')

    const delivered = await makeAssignedOrder(world.shipper, world.otherCarrier, {
      status: 'delivered',
    })
    await expectStatus(
      client
        .post(`/api/v1/orders/${delivered.id}/dispute`)
        .json({ reason: 'late', description: 'It arrived two days late.' })
        .loginAs(world.otherCarrier.driver),
      403
    )
    const badReason = await client
      .post(`/api/v1/orders/${delivered.id}/dispute`)
      .json({ reason: 'vibes', description: 'It arrived two days late.' })
      .loginAs(world.shipper)
    badReason.assertStatus(422)
    badReason.assertBodyContains({ errors: [{ field: 'reason' }] })
    const badFile = await client
      .post(`/api/v1/orders/${delivered.id}/dispute`)
      .fields({ reason: 'damaged', description: 'See the attached file.' })
      .file('evidence', Buffer.from('MZ-not-an-image'), { filename: 'virus.png' })
      .loginAs(world.shipper)
    badFile.assertStatus(422)
    assert.match(badFile.body().errors[0].field, /^evidence/)
    assert.equal(await countRows('disputes'), 0)
    assert.equal(await statusOf(delivered.id), 'delivered')
  })

  test('after completion each side rates the other once; profiles show averages', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, { status: 'completed' })
    const early = await makeAssignedOrder(world.shipper, world.otherCarrier, {
      status: 'delivered',
    })
    const tooEarly = await client
      .post(`/api/v1/orders/${early.id}/rate`)
      .json({ score: 5 })
      .loginAs(world.shipper)
    tooEarly.assertStatus(409)

    const bad = await client
      .post(`/api/v1/orders/${order.id}/rate`)
      .json({ score: 6 })
      .loginAs(world.shipper)
    bad.assertStatus(422)
    bad.assertBodyContains({ errors: [{ field: 'score' }] })

    const shipperRates = await client
      .post(`/api/v1/orders/${order.id}/rate`)
      .json({ score: 5, comment: 'On time, careful driver' })
      .loginAs(world.shipper)
    shipperRates.assertStatus(201)
    shipperRates.assertBodyContains({
      direction: 'shipper_to_carrier',
      ratedOrganisationId: world.carrier.organisation.id,
    })
    const twice = await client
      .post(`/api/v1/orders/${order.id}/rate`)
      .json({ score: 1 })
      .loginAs(world.colleague)
    twice.assertStatus(409)
    twice.assertBodyContains({ errors: [{ code: 'E_ALREADY_RATED' }] })

    const carrierRates = await client
      .post(`/api/v1/orders/${order.id}/rate`)
      .json({ score: 3 })
      .loginAs(world.carrier.driver)
    carrierRates.assertStatus(201)
    carrierRates.assertBodyContains({
      direction: 'carrier_to_shipper',
      ratedOrganisationId: world.shipperOrg.id,
    })
    await expectStatus(
      client
        .post(`/api/v1/orders/${order.id}/rate`)
        .json({ score: 3 })
        .loginAs(world.otherCarrier.dispatcher),
      404
    )

    const profile = await client
      .get(`/api/v1/ratings/organisations/${world.carrier.organisation.id}`)
      .loginAs(world.otherShipper)
    profile.assertStatus(200)
    profile.assertBodyContains({
      average: 5,
      count: 1,
      recent: [{ score: 5, comment: 'On time, careful driver' }],
    })
    const shipperProfile = await client
      .get(`/api/v1/ratings/organisations/${world.shipperOrg.id}`)
      .loginAs(world.carrier.dispatcher)
    shipperProfile.assertBodyContains({ average: 3, count: 1 })
    assert.equal(await countRows('ratings'), 2)
  })
})
