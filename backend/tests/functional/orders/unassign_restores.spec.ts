import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import { isolateDatabase } from '#tests/helpers'
import OrderEventService from '#orders/services/order_event_service'
import {
  makeCarrier,
  makeOpenBid,
  makeOrder,
  makeOrganisation,
  makeUser,
  type Carrier,
} from '#tests/fixtures/marketplace'
import type Order from '#orders/models/order'
import type User from '#accounts/models/user'

/** What a crew leaves behind while on an order: GPS points and an arrival at the pickup. */
async function drive(order: Order, carrier: Carrier) {
  for (const secondsAgo of [60, 30]) {
    await db.rawQuery(
      `INSERT INTO gps_pings (driver_id, order_id, recorded_at, position, source)
       VALUES (?, ?, now() - (? * interval '1 second'), ST_MakePoint(36.85, -1.30)::geography, 'http')`,
      [carrier.driver.id, order.id, secondsAgo]
    )
  }
  const events = await app.container.make(OrderEventService)
  await events.record(order, {
    type: 'arrived_pickup',
    position: { lat: -1.3, lng: 36.85 },
    data: { driverId: carrier.driver.id, distanceM: 12, radiusM: 200 },
  })
}

/** The first carrier wins the order with a bid, drives to the pickup, and is taken off it. */
async function wonThenUnassigned(client: any, shipper: User, first: Carrier, order: Order) {
  const bid = await makeOpenBid(order, first)
  const accepted = await client
    .post(`/api/v1/orders/${order.id}/accept-bid`)
    .json({ bidId: bid.id })
    .loginAs(shipper)
  accepted.assertStatus(200)
  await drive(order, first)
  const unassigned = await client
    .post(`/api/v1/orders/${order.id}/unassign`)
    .json({ reason: 'Truck broke down' })
    .loginAs(first.dispatcher)
  unassigned.assertStatus(200)
  return bid
}

/** Every id of the first crew that must not show to another carrier. */
function traces(first: Carrier, bidId: number) {
  return [
    `"driverId":${first.driver.id}`,
    `"assignedDriverId":${first.driver.id}`,
    `"vehicleId":${first.vehicle.id}`,
    `"assignedVehicleId":${first.vehicle.id}`,
    `"carrierOrganisationId":${first.organisation.id}`,
    `"acceptedBidId":${bidId}`,
    `"bidId":${bidId}`,
  ]
}

test.group('Unassigning restores the order as it was before', (group) => {
  isolateDatabase(group)

  test('a bids-only order goes back with no price, no crew, no track and no timeline of the previous crew', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const first = await makeCarrier()
    const next = await makeCarrier()
    const order = await makeOrder(shipper, {
      status: 'bidding',
      priceAmount: null,
      openToBids: true,
    })
    const bid = await wonThenUnassigned(client, shipper, first, order)

    const shown = await client.get(`/api/v1/orders/${order.id}`).loginAs(next.dispatcher)
    shown.assertStatus(200)
    assert.equal(shown.body().status, 'posted')
    assert.isNull(shown.body().priceAmount)
    assert.isTrue(shown.body().openToBids)
    const timeline = await client.get(`/api/v1/orders/${order.id}/events`).loginAs(next.dispatcher)
    const track = await client.get(`/api/v1/orders/${order.id}/track`).loginAs(next.dispatcher)
    track.assertStatus(200)
    assert.isNull(track.body().lastPosition)
    assert.equal(track.body().actual.properties.points, 0)
    const seen = JSON.stringify([shown.body(), timeline.body(), track.body()])
    for (const trace of traces(first, bid.id)) assert.notInclude(seen, trace)
    assert.notIncludeMembers(
      timeline.body().data.map((event: { type: string }) => event.type),
      ['assigned', 'arrived_pickup', 'unassigned']
    )

    // Taking it needs a bid the shipper accepts: no price to take it at.
    const taken = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ driverId: next.driver.id, vehicleId: next.vehicle.id })
      .loginAs(next.dispatcher)
    taken.assertStatus(409)
    assert.equal(taken.body().errors[0].code, 'E_PRICE_REQUIRED')

    // The shipper still reads the whole story.
    const full = await client.get(`/api/v1/orders/${order.id}/events`).loginAs(shipper)
    assert.includeMembers(
      full.body().data.map((event: { type: string }) => event.type),
      ['assigned', 'arrived_pickup', 'unassigned']
    )
  })

  test('the next crew sees its own part only, and the price returns to what the shipper offered', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const first = await makeCarrier()
    const next = await makeCarrier()
    const order = await makeOrder(shipper, { status: 'bidding', priceAmount: 4_500_000 })
    const firstBid = await wonThenUnassigned(client, shipper, first, order)

    const back = await client.get(`/api/v1/orders/${order.id}`).loginAs(next.dispatcher)
    assert.equal(back.body().priceAmount, 4_500_000)

    const nextBid = await makeOpenBid(order, next)
    const accepted = await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: nextBid.id })
      .loginAs(shipper)
    accepted.assertStatus(200)
    for (const viewer of [next.dispatcher, next.driver]) {
      const timeline = await client.get(`/api/v1/orders/${order.id}/events`).loginAs(viewer)
      const track = await client.get(`/api/v1/orders/${order.id}/track`).loginAs(viewer)
      const seen = JSON.stringify([timeline.body(), track.body()])
      for (const trace of traces(first, firstBid.id)) assert.notInclude(seen, trace)
      const types = timeline.body().data.map((event: { type: string }) => event.type)
      assert.include(types, 'assigned')
      assert.notInclude(types, 'unassigned')
      assert.isNull(track.body().lastPosition)
    }
  })
})
