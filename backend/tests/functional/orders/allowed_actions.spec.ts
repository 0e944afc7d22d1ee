import { test } from '@japa/runner'
import { markPaid } from '#tests/money_fixtures'
import Order from '#orders/models/order'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import { isolateDatabase } from '#tests/helpers'
import { PNG } from '#tests/fleet_fixtures'
import {
  draftBody,
  makeAssignedOrder,
  makeOpenBid,
  makeOrder,
  makeWorld,
} from '#tests/fixtures/marketplace'

/**
 * Every endpoint that returns orders carries what the caller may do on each
 * now (`allowedActions`), from the same state machine the routes obey; the
 * matrix of every role and state is in tests/unit/orders, and the
 * authorization matrix checks each listed action against its route.
 */
test.group('Orders: allowedActions on every endpoint that returns orders', (group) => {
  isolateDatabase(group)

  test('a draft, its publication, the list', async ({ client, assert }) => {
    const { shipper, platformDispatcher } = await makeWorld()
    const created = await client.post('/api/v1/orders').json(draftBody()).loginAs(shipper)
    created.assertStatus(201)
    assert.deepEqual(created.body().allowedActions, ['edit', 'post', 'addCargoPhoto', 'cancel'])
    const id = created.body().id

    const posted = await client.post(`/api/v1/orders/${id}/post`).json({}).loginAs(shipper)
    assert.deepEqual(posted.body().allowedActions, ['addCargoPhoto', 'cancel', 'acceptBid'])

    const mine = await client.get('/api/v1/orders').loginAs(shipper)
    assert.deepEqual(mine.body().data[0].allowedActions, ['addCargoPhoto', 'cancel', 'acceptBid'])
    const all = await client.get('/api/v1/orders').loginAs(platformDispatcher)
    assert.deepEqual(all.body().data[0].allowedActions, ['cancel', 'acceptBid', 'assign'])
  })

  test('the load board: bid until the carrier has an open bid', async ({ client, assert }) => {
    const { shipper, carrier } = await makeWorld()
    const order = await makeOrder(shipper, { status: 'posted' })
    const board = () =>
      client.get('/api/v1/orders?near=-1.2921,36.8219&radiusKm=60').loginAs(carrier.driver)

    const before = await board()
    before.assertStatus(200)
    assert.deepEqual(before.body().data[0].allowedActions, ['bid'])

    await makeOpenBid(order, carrier)
    const after = await board()
    assert.deepEqual(after.body().data[0].allowedActions, [])
    const again = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .loginAs(carrier.driver)
      .json({
        amount: 3_900_000,
        currency: 'KES',
        vehicleId: carrier.vehicle.id,
        estimatedPickupAt: DateTime.now().plus({ hours: 4 }).toISO(),
      })
    again.assertStatus(409)
    again.assertBodyContains({ errors: [{ code: 'E_BID_EXISTS' }] })
  })

  test('delivered without a proof: the driver is offered the proof, in the answer and on reading', async ({
    client,
    assert,
  }) => {
    const { shipper, carrier } = await makeWorld()
    const order = await makeAssignedOrder(shipper, carrier, { status: 'in_transit' })
    const delivered = await client
      .post(`/api/v1/orders/${order.id}/status`)
      .json({ status: 'delivered' })
      .loginAs(carrier.driver)
    delivered.assertStatus(200)
    assert.deepEqual(delivered.body().allowedActions, ['submitProof'])
    const shown = await client.get(`/api/v1/orders/${order.id}`).loginAs(carrier.driver)
    assert.deepEqual(shown.body().allowedActions, ['submitProof'])
  })

  test('after each move, for the one who made it', async ({ client, assert }) => {
    drive.fake('fs')
    try {
      const { shipper, carrier, admin } = await makeWorld()
      const order = await makeAssignedOrder(shipper, carrier, { status: 'in_transit' })

      const proof = await client
        .post(`/api/v1/orders/${order.id}/proof-of-delivery`)
        .fields({ receiverName: 'Wanjiku', receiverPhone: '+254722000111' })
        .file('photo', PNG, { filename: 'p.png' })
        .file('signature', PNG, { filename: 's.png' })
        .loginAs(carrier.driver)
      proof.assertStatus(201)
      // Delivered with its proof: nothing left for the driver.
      assert.deepEqual(proof.body().order.allowedActions, [])

      const shown = await client.get(`/api/v1/orders/${order.id}`).loginAs(shipper)
      assert.deepEqual(shown.body().allowedActions, ['confirmDelivery', 'dispute'])

      const disputed = await client
        .post(`/api/v1/orders/${order.id}/dispute`)
        .json({ reason: 'damaged', description: 'Three sacks arrived torn.' })
        .loginAs(shipper)
      assert.deepEqual(disputed.body().order.allowedActions, [])
      const forAdmin = await client.get(`/api/v1/orders/${order.id}`).loginAs(admin)
      assert.deepEqual(forAdmin.body().allowedActions, ['resolveDispute', 'cancelDispute'])

      await client
        .post(`/api/v1/admin/disputes/${disputed.body().dispute.id}/decision`)
        .json({ decision: 'pay_carrier', note: 'Carrier refunds two sacks' })
        .loginAs(admin)
        .then((r) => r.assertStatus(200))
      const resolved = await client.get(`/api/v1/orders/${order.id}`).loginAs(admin)
      assert.deepEqual(resolved.body().allowedActions, [])

      // Each side rates once: the shipper's rating leaves the carrier's to give.
      await client.post(`/api/v1/orders/${order.id}/rate`).json({ score: 3 }).loginAs(shipper)
      const rated = await client.get(`/api/v1/orders/${order.id}`).loginAs(shipper)
      assert.deepEqual(rated.body().allowedActions, [])
      const carrierSide = await client.get(`/api/v1/orders/${order.id}`).loginAs(carrier.dispatcher)
      assert.deepEqual(carrierSide.body().allowedActions, ['rate'])
    } finally {
      drive.restore('fs')
    }
  })

  test('accepting a bid and dispatching answer the order with its next actions', async ({
    client,
    assert,
  }) => {
    const { shipper, carrier, platformDispatcher } = await makeWorld()
    const order = await makeOrder(shipper, { status: 'bidding' })
    const bid = await makeOpenBid(order, carrier)
    const accepted = await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: bid.id })
      .loginAs(shipper)
    accepted.assertStatus(200)
    // Its price is fixed now: the shipper pays it (mobile money) before pickup.
    assert.deepEqual(accepted.body().allowedActions, ['cancel', 'pay'])

    const unassigned = await client
      .post(`/api/v1/orders/${order.id}/unassign`)
      .json({ reason: 'Truck broke down' })
      .loginAs(platformDispatcher)
    assert.deepEqual(unassigned.body().allowedActions, ['cancel', 'acceptBid', 'assign'])

    const assigned = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ driverId: carrier.driver.id, vehicleId: carrier.vehicle.id })
      .loginAs(carrier.dispatcher)
    assigned.assertStatus(200)
    assert.deepEqual(assigned.body().allowedActions, ['reassign', 'unassign', 'startPickup'])

    const moved = await client
      .post(`/api/v1/orders/${order.id}/status`)
      .json({ status: 'pickup_pending' })
      .loginAs(carrier.driver)
    // Not paid yet: the goods wait.
    assert.deepEqual(moved.body().allowedActions, [])
    await markPaid(await Order.findOrFail(order.id))
    const paid = await client.get(`/api/v1/orders/${order.id}`).loginAs(carrier.driver)
    assert.deepEqual(paid.body().allowedActions, ['pickUp'])
  })
})
