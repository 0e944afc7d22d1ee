import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { makeOrder, makeWorld, statusOf } from '#tests/fixtures/marketplace'
import Order from '#orders/models/order'

/** A dispatcher's direct assignment (issue 10 item 6): never without a price both sides know. */
test.group('Orders: a direct assignment needs an agreed price', (group) => {
  isolateDatabase(group)

  test('an order open to bids without a price is not assigned until a price is agreed', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const order = await makeOrder(w.shipper, { status: 'bidding', priceAmount: null })
    const crew = { driverId: w.carrier.driver.id, vehicleId: w.carrier.vehicle.id }

    const refused = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json(crew)
      .loginAs(w.platformDispatcher)
    refused.assertStatus(409)
    refused.assertBodyContains({ errors: [{ code: 'E_PRICE_REQUIRED', field: 'priceAmount' }] })
    assert.equal(await statusOf(order.id), 'bidding')

    const assigned = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({ ...crew, priceAmount: 4_000_000 })
      .loginAs(w.platformDispatcher)
    assigned.assertStatus(200)
    assert.equal(assigned.body().priceAmount, 4_000_000)
    assert.equal(assigned.body().status, 'assigned')

    // Taken off again, the order is back to what the shipper offered: no price.
    const unassigned = await client
      .post(`/api/v1/orders/${order.id}/unassign`)
      .json({ reason: 'Truck broke down' })
      .loginAs(w.platformDispatcher)
    unassigned.assertStatus(200)
    const after = await Order.findOrFail(order.id)
    assert.isNull(after.priceAmount)
  })

  test('a carrier cannot set its own price by assigning itself', async ({ client, assert }) => {
    const w = await makeWorld()
    const order = await makeOrder(w.shipper, { status: 'posted' })
    const response = await client
      .post(`/api/v1/orders/${order.id}/assign`)
      .json({
        driverId: w.carrier.driver.id,
        vehicleId: w.carrier.vehicle.id,
        priceAmount: 9_000_000,
      })
      .loginAs(w.carrier.dispatcher)
    response.assertStatus(403)
    const unchanged = await Order.findOrFail(order.id)
    assert.equal(unchanged.priceAmount, 4_500_000)
  })
})
