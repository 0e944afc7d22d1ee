import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import User from '#accounts/models/user'
import Bid from '#orders/models/bid'
import Order from '#orders/models/order'
import OrderEvent from '#orders/models/order_event'
import { isolateDatabase } from '#tests/helpers'
import {
  makeAssignedOrder,
  makeOpenBid,
  makeOrder,
  makeWorld,
  type World,
} from '#tests/fixtures/marketplace'

/**
 * A driver an admin suspended is given no load, whichever way a crew is
 * chosen (suggestion, assignment, reassignment, an accepted bid), until an
 * admin reinstates them.
 */
test.group('Orders: a suspended driver is given no load', (group) => {
  isolateDatabase(group)

  const pickup = { lat: -1.3087, lng: 36.8516 }

  async function suspend(client: ApiClient, w: World) {
    const response = await client
      .post(`/api/v1/admin/users/${w.carrier.driver.id}/suspend`)
      .json({ reason: 'Forged insurance' })
      .loginAs(w.admin)
    response.assertStatus(200)
  }

  async function reinstate(client: ApiClient, w: World) {
    const response = await client
      .post(`/api/v1/admin/users/${w.carrier.driver.id}/reinstate`)
      .json({ reason: 'Papers checked' })
      .loginAs(w.admin)
    response.assertStatus(200)
  }

  async function suggestedDrivers(client: ApiClient, w: World, order: Order) {
    const response = await client
      .get(`/api/v1/orders/${order.id}/suggestions`)
      .loginAs(w.platformDispatcher)
    response.assertStatus(200)
    return response.body().data.map((s: { driver: { id: number } }) => s.driver.id)
  }

  test('not suggested while suspended; suggested again once reinstated', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const order = await makeOrder(w.shipper, { status: 'posted', pickup })
    assert.deepEqual(await suggestedDrivers(client, w, order), [
      w.carrier.driver.id,
      w.otherCarrier.driver.id,
    ])

    await suspend(client, w)
    assert.deepEqual(await suggestedDrivers(client, w, order), [w.otherCarrier.driver.id])

    await reinstate(client, w)
    assert.deepEqual(await suggestedDrivers(client, w, order), [
      w.carrier.driver.id,
      w.otherCarrier.driver.id,
    ])
  })

  test('assigning or reassigning to them answers 409 E_DRIVER_SUSPENDED and changes nothing', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    await suspend(client, w)
    const crew = { driverId: w.carrier.driver.id, vehicleId: w.carrier.vehicle.id }

    const posted = await makeOrder(w.shipper, { status: 'posted' })
    const assign = await client
      .post(`/api/v1/orders/${posted.id}/assign`)
      .json(crew)
      .loginAs(w.platformDispatcher)
    assign.assertStatus(409)
    assign.assertBodyContains({ errors: [{ code: 'E_DRIVER_SUSPENDED' }] })
    assert.include(assign.body().errors[0].message, 'suspended')
    const unassigned = await Order.findOrFail(posted.id)
    assert.equal(unassigned.status, 'posted')
    assert.isNull(unassigned.assignedDriverId)

    const held = await makeAssignedOrder(w.shipper, w.otherCarrier)
    const reassign = await client
      .post(`/api/v1/orders/${held.id}/assign`)
      .json(crew)
      .loginAs(w.platformDispatcher)
    reassign.assertStatus(409)
    assert.equal(reassign.body().errors[0].code, 'E_DRIVER_SUSPENDED')
    const kept = await Order.findOrFail(held.id)
    assert.equal(kept.assignedDriverId, w.otherCarrier.driver.id)
    assert.equal(kept.carrierOrganisationId, w.otherCarrier.organisation.id)
    const events = await OrderEvent.query().whereIn('order_id', [posted.id, held.id])
    assert.lengthOf(events, 0)

    // Their own carrier's dispatcher cannot assign them either.
    const own = await client
      .post(`/api/v1/orders/${posted.id}/assign`)
      .json(crew)
      .loginAs(w.carrier.dispatcher)
    own.assertStatus(409)
    assert.equal(own.body().errors[0].code, 'E_DRIVER_SUSPENDED')

    await reinstate(client, w)
    const assigned = await client
      .post(`/api/v1/orders/${posted.id}/assign`)
      .json(crew)
      .loginAs(w.platformDispatcher)
    assigned.assertStatus(200)
    assert.equal(assigned.body().assignedDriverId, w.carrier.driver.id)
  })

  test('accepting a bid that names them answers 409 E_DRIVER_SUSPENDED and changes nothing', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const order = await makeOrder(w.shipper, { status: 'bidding' })
    const bid = await makeOpenBid(order, w.carrier)
    const other = await makeOpenBid(order, w.otherCarrier)
    // Suspended behind the suspension's back: a suspension itself withdraws the bid
    // (suspension_releases_work.spec), and one read before it must still be refused.
    await User.query().where('id', w.carrier.driver.id).update({ suspended_at: new Date() })

    const refused = await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: bid.id })
      .loginAs(w.shipper)
    refused.assertStatus(409)
    assert.equal(refused.body().errors[0].code, 'E_DRIVER_SUSPENDED')
    const unchanged = await Order.findOrFail(order.id)
    assert.equal(unchanged.status, 'bidding')
    assert.isNull(unchanged.assignedDriverId)
    assert.isNull(unchanged.acceptedBidId)
    const bids = await Bid.query().whereIn('id', [bid.id, other.id]).orderBy('id')
    assert.deepEqual(
      bids.map((b) => b.status),
      ['open', 'open']
    )

    await reinstate(client, w)
    const accepted = await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: bid.id })
      .loginAs(w.shipper)
    accepted.assertStatus(200)
    assert.equal(accepted.body().assignedDriverId, w.carrier.driver.id)
  })
})
