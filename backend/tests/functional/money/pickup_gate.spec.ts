import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { markPaid } from '#tests/money_fixtures'

test.group('Money: no pickup before payment, unless cash', (group) => {
  isolateDatabase(group)

  test('the driver cannot pick up an unpaid mobile money order; once paid, or for cash, they can', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const driver = world.carrier.driver
    const unpaid = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'pickup_pending',
    })
    const cash = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'pickup_pending',
      paymentMethod: 'cash',
    })
    const move = (orderId: number) =>
      client.post(`/api/v1/orders/${orderId}/status`).json({ status: 'picked_up' }).loginAs(driver)

    const refused = await move(unpaid.id)
    refused.assertStatus(409)
    assert.equal(refused.body().errors[0].code, 'E_NOT_PAID')
    const seen = await client.get(`/api/v1/orders/${unpaid.id}`).loginAs(driver)
    assert.notInclude(seen.body().allowedActions, 'pickUp')
    assert.equal(seen.body().status, 'pickup_pending')

    const cashMove = await move(cash.id)
    cashMove.assertStatus(200)
    assert.equal(cashMove.body().status, 'picked_up')

    await markPaid(unpaid)
    const listed = await client.get(`/api/v1/orders/${unpaid.id}`).loginAs(driver)
    assert.include(listed.body().allowedActions, 'pickUp')
    const paidMove = await move(unpaid.id)
    paidMove.assertStatus(200)
    assert.equal(paidMove.body().status, 'picked_up')
  })
})
