import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Bid from '#orders/models/bid'
import Order from '#orders/models/order'
import OrderEvent from '#orders/models/order_event'
import Rating from '#orders/models/rating'
import FleetDocument from '#fleet/models/fleet_document'
import { isolateDatabase } from '#tests/helpers'
import {
  bidStatuses,
  countRows,
  expectStatus,
  makeCarrier,
  makeOrder,
  makeOrganisation,
  makeUser,
  makeWorld,
  statusOf,
  type Carrier,
} from '#tests/fixtures/marketplace'

const bidBody = (carrier: Carrier, overrides: Record<string, unknown> = {}) => ({
  amount: 4_000_000,
  currency: 'KES',
  vehicleId: carrier.vehicle.id,
  estimatedPickupAt: DateTime.now().plus({ hours: 3 }).toISO(),
  note: 'Can load this afternoon',
  ...overrides,
})

test.group('Bids', (group) => {
  isolateDatabase(group)

  test('a carrier bids: the order moves to bidding and the timeline says so', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const response = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.driver)
    response.assertStatus(201)
    response.assertBodyContains({
      status: 'open',
      amount: 4_000_000,
      currency: 'KES',
      driverId: world.carrier.driver.id,
      vehicleId: world.carrier.vehicle.id,
      carrierOrganisationId: world.carrier.organisation.id,
    })
    assert.equal(await statusOf(order.id), 'bidding')
    const events = await OrderEvent.query().where('order_id', order.id)
    assert.deepEqual(
      events.map((e) => e.type),
      ['bidding']
    )
    assert.equal(events[0].actorId, world.carrier.driver.id)
  })

  test('one live bid per carrier: a second POST is 409 E_BID_EXISTS; PATCH updates it', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const first = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.dispatcher)
    first.assertStatus(201)
    const second = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier, { amount: 1 }))
      .loginAs(world.carrier.driver)
    second.assertStatus(409)
    second.assertBodyContains({ errors: [{ code: 'E_BID_EXISTS' }] })
    assert.equal(await countRows('bids'), 1)

    const updated = await client
      .patch(`/api/v1/orders/${order.id}/bids/${first.body().id}`)
      .json({ amount: 3_800_000, note: 'Lower price' })
      .loginAs(world.carrier.dispatcher)
    updated.assertStatus(200)
    updated.assertBodyContains({ amount: 3_800_000, note: 'Lower price' })
  })

  test('bad bids are refused and nothing is written', async ({ client, assert }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const url = `/api/v1/orders/${order.id}/bids`
    const currency = await client
      .post(url)
      .json(bidBody(world.carrier, { currency: 'XOF' }))
      .loginAs(world.carrier.driver)
    currency.assertStatus(422)
    currency.assertBodyContains({ errors: [{ code: 'E_CURRENCY_MISMATCH', field: 'currency' }] })

    const unknownCurrency = await client
      .post(url)
      .json(bidBody(world.carrier, { currency: 'EUR' }))
      .loginAs(world.carrier.driver)
    unknownCurrency.assertStatus(422)
    unknownCurrency.assertBodyContains({ errors: [{ field: 'currency' }] })

    const negative = await client
      .post(url)
      .json(bidBody(world.carrier, { amount: -10 }))
      .loginAs(world.carrier.driver)
    negative.assertStatus(422)
    negative.assertBodyContains({ errors: [{ field: 'amount' }] })

    const foreignVehicle = await client
      .post(url)
      .json(bidBody(world.carrier, { vehicleId: world.otherCarrier.vehicle.id }))
      .loginAs(world.carrier.dispatcher)
    foreignVehicle.assertStatus(422)
    foreignVehicle.assertBodyContains({ errors: [{ field: 'vehicleId' }] })

    await FleetDocument.query()
      .where('vehicle_id', world.carrier.vehicle.id)
      .where('kind', 'insurance')
      .update({ expires_on: '2020-01-01' })
    const expired = await client
      .post(url)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.dispatcher)
    expired.assertStatus(409)
    expired.assertBodyContains({ errors: [{ code: 'E_VEHICLE_NOT_ELIGIBLE' }] })
    assert.include(expired.body().errors[0].message, 'insurance')

    assert.equal(await countRows('bids'), 0)
    assert.equal(await statusOf(order.id), 'posted')
  })

  test('a vehicle too small for the cargo cannot bid', async ({ client, assert }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted', cargoWeightKg: 12_000 })
    const response = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.driver)
    response.assertStatus(422)
    response.assertBodyContains({ errors: [{ code: 'E_VEHICLE_UNSUITABLE', field: 'vehicleId' }] })
    assert.equal(await countRows('bids'), 0)
  })

  test('bidding on an assigned order is 409 naming the state', async ({ client, assert }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, {
      status: 'assigned',
      carrierOrganisationId: world.otherCarrier.organisation.id,
    })
    // The carrier cannot even see it any more.
    const hidden = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.driver)
    hidden.assertStatus(404)
    const own = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.otherCarrier))
      .loginAs(world.otherCarrier.driver)
    own.assertStatus(409)
    own.assertBodyContains({ errors: [{ code: 'E_INVALID_STATE' }] })
    assert.include(own.body().errors[0].message, 'is assigned')
    assert.equal(await countRows('bids'), 0)
  })

  test('the shipper sees every bid with rating and vehicle; a carrier only its own', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const mine = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.driver)
    const theirs = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.otherCarrier, { amount: 3_900_000 }))
      .loginAs(world.otherCarrier.driver)
    const past = await makeOrder(world.shipper, {
      status: 'completed',
      carrierOrganisationId: world.carrier.organisation.id,
    })
    await Rating.create({
      orderId: past.id,
      direction: 'shipper_to_carrier',
      raterId: world.shipper.id,
      ratedOrganisationId: world.carrier.organisation.id,
      score: 4,
    })

    const shipperView = await client.get(`/api/v1/orders/${order.id}/bids`).loginAs(world.colleague)
    shipperView.assertStatus(200)
    const bids = shipperView.body().data
    assert.deepEqual(
      bids.map((b: { id: number }) => b.id),
      [theirs.body().id, mine.body().id]
    )
    assert.deepInclude(bids[1].carrier, {
      id: world.carrier.organisation.id,
      rating: { average: 4, count: 1 },
    })
    assert.equal(bids[1].vehicle.plate, world.carrier.vehicle.plate)
    assert.equal(bids[1].vehicle.type.code, 'flatbed_10t')

    const carrierView = await client
      .get(`/api/v1/orders/${order.id}/bids`)
      .loginAs(world.carrier.dispatcher)
    assert.deepEqual(
      carrierView.body().data.map((b: { id: number }) => b.id),
      [mine.body().id]
    )

    const peek = await client
      .patch(`/api/v1/orders/${order.id}/bids/${theirs.body().id}`)
      .json({ amount: 1 })
      .loginAs(world.carrier.dispatcher)
    peek.assertStatus(404)
    const withdrawOther = await client
      .delete(`/api/v1/orders/${order.id}/bids/${theirs.body().id}`)
      .loginAs(world.carrier.dispatcher)
    withdrawOther.assertStatus(404)
    const untouched = await Bid.findOrFail(theirs.body().id)
    assert.equal(untouched.amount, 3_900_000)

    const outsider = await client.get(`/api/v1/orders/${order.id}/bids`).loginAs(world.otherShipper)
    outsider.assertStatus(404)
  })

  test('withdrawing closes the bid; it can no longer change', async ({ client, assert }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const bid = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.driver)
    const withdrawn = await client
      .delete(`/api/v1/orders/${order.id}/bids/${bid.body().id}`)
      .loginAs(world.carrier.driver)
    withdrawn.assertStatus(200)
    withdrawn.assertBodyContains({ status: 'withdrawn' })
    const again = await client
      .patch(`/api/v1/orders/${order.id}/bids/${bid.body().id}`)
      .json({ amount: 5 })
      .loginAs(world.carrier.driver)
    again.assertStatus(409)
    again.assertBodyContains({ errors: [{ code: 'E_BID_NOT_OPEN' }] })
    // A new bid is allowed once the old one is withdrawn.
    const fresh = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.driver)
    fresh.assertStatus(201)
    assert.equal(await countRows('bids'), 2)
  })

  test('accepting a bid assigns driver and vehicle, rejects the others, records who', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const winner = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier, { amount: 3_700_000 }))
      .loginAs(world.carrier.driver)
    const loser = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.otherCarrier))
      .loginAs(world.otherCarrier.dispatcher)

    const denied = await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: winner.body().id })
      .loginAs(world.carrier.dispatcher)
    denied.assertStatus(403)

    const accepted = await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: winner.body().id })
      .loginAs(world.colleague)
    accepted.assertStatus(200)
    accepted.assertBodyContains({
      status: 'assigned',
      assignedDriverId: world.carrier.driver.id,
      assignedVehicleId: world.carrier.vehicle.id,
      carrierOrganisationId: world.carrier.organisation.id,
      acceptedBidId: winner.body().id,
      priceAmount: 3_700_000,
    })
    const bids = await Bid.query().where('order_id', order.id).orderBy('id')
    assert.deepEqual(
      bids.map((b) => [b.id, b.status]),
      [
        [winner.body().id, 'accepted'],
        [loser.body().id, 'rejected'],
      ]
    )
    assert.equal(bids[0].decidedById, world.colleague.id)
    const assigned = await OrderEvent.query()
      .where('order_id', order.id)
      .where('type', 'assigned')
      .firstOrFail()
    assert.equal(assigned.actorId, world.colleague.id)
    assert.deepInclude(assigned.data, { via: 'bid', bidId: winner.body().id })

    const late = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.otherCarrier))
      .loginAs(world.otherCarrier.driver)
    late.assertStatus(404)
    const twice = await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: loser.body().id })
      .loginAs(world.shipper)
    twice.assertStatus(409)
    assert.include(twice.body().errors[0].message, 'is assigned')
  })

  test('a carrier lists its own bids across orders, lost ones included', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const first = await makeOrder(world.shipper, { status: 'posted' })
    const second = await makeOrder(world.otherShipper, { status: 'posted' })
    const lost = await client
      .post(`/api/v1/orders/${first.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.driver)
    const won = await client
      .post(`/api/v1/orders/${first.id}/bids`)
      .json(bidBody(world.otherCarrier))
      .loginAs(world.otherCarrier.driver)
    await client
      .post(`/api/v1/orders/${second.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.dispatcher)
    await client
      .post(`/api/v1/orders/${first.id}/accept-bid`)
      .json({ bidId: won.body().id })
      .loginAs(world.shipper)

    const mine = await client.get('/api/v1/bids').loginAs(world.carrier.dispatcher)
    mine.assertStatus(200)
    assert.equal(mine.body().meta.total, 2)
    assert.notInclude(
      mine.body().data.map((b: { id: number }) => b.id),
      won.body().id
    )
    const rejected = await client.get('/api/v1/bids?status=rejected').loginAs(world.carrier.driver)
    assert.deepEqual(
      rejected.body().data.map((b: { id: number }) => b.id),
      [lost.body().id]
    )
    await expectStatus(client.get('/api/v1/bids').loginAs(world.shipper), 403)
  })

  test('cancelling an order closes its open bids', async ({ client, assert }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.driver)
    const cancelled = await client
      .post(`/api/v1/orders/${order.id}/cancel`)
      .json({ reason: 'Harvest delayed' })
      .loginAs(world.shipper)
    cancelled.assertStatus(200)
    cancelled.assertBodyContains({ status: 'cancelled', cancelReason: 'Harvest delayed' })
    assert.deepEqual(await bidStatuses(order.id), ['rejected'])
  })
})

test.group('Bids: two accepts at the same moment', () => {
  // No global transaction here: it would serialise the two requests. The rows are removed by hand.
  test('give exactly one assignment', async ({ client, assert, cleanup }) => {
    const shipperOrg = await makeOrganisation('shipper')
    const world = {
      shipper: await makeUser('shipper', shipperOrg),
      colleague: await makeUser('shipper', shipperOrg),
      carrier: await makeCarrier(),
    }
    const second = await makeCarrier()
    cleanup(async () => {
      const { default: db } = await import('@adonisjs/lucid/services/db')
      const orgIds = [shipperOrg.id, world.carrier.organisation.id, second.organisation.id]
      const userIds = db.from('users').select('id').whereIn('organisation_id', orgIds)
      await db.from('orders').whereIn('shipper_organisation_id', orgIds).delete()
      await db.from('fleet_documents').whereIn('driver_id', userIds).delete()
      await db.from('fleet_documents').whereIn('organisation_id', orgIds).delete()
      await db.from('vehicles').whereIn('organisation_id', orgIds).delete()
      await db.from('users').whereIn('organisation_id', orgIds).delete()
      await db.from('organisations').whereIn('id', orgIds).delete()
    })
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const a = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world.carrier))
      .loginAs(world.carrier.driver)
    const b = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(second, { amount: 3_000_000 }))
      .loginAs(second.driver)
    a.assertStatus(201)
    b.assertStatus(201)

    const responses = await Promise.all([
      client
        .post(`/api/v1/orders/${order.id}/accept-bid`)
        .json({ bidId: a.body().id })
        .loginAs(world.shipper),
      client
        .post(`/api/v1/orders/${order.id}/accept-bid`)
        .json({ bidId: b.body().id })
        .loginAs(world.colleague),
    ])
    const statuses = responses.map((r) => r.status()).sort()
    assert.deepEqual(statuses, [200, 409])
    const loserResponse = responses.find((r) => r.status() === 409)!
    assert.equal(loserResponse.body().errors[0].code, 'E_INVALID_STATE')

    const fresh = await Order.findOrFail(order.id)
    const bids = await Bid.query().where('order_id', order.id)
    const acceptedBids = bids.filter((bid) => bid.status === 'accepted')
    assert.lengthOf(acceptedBids, 1)
    assert.equal(fresh.acceptedBidId, acceptedBids[0].id)
    assert.equal(fresh.assignedDriverId, acceptedBids[0].driverId)
    assert.equal(
      await OrderEvent.query()
        .where('order_id', order.id)
        .where('type', 'assigned')
        .count('* as total')
        .then((rows) => Number(rows[0].$extras.total)),
      1
    )
  })
})
