import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { markPaid } from '#tests/money_fixtures'

test.group('Console: the ledger per currency and per order (admins)', (group) => {
  isolateDatabase(group)

  test('totals sum each purpose on its normal side per currency; an order lists its journals with their entries', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const settled = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'delivered',
      deliveredAt: DateTime.now(),
    })
    await markPaid(settled)
    await client
      .post(`/api/v1/orders/${settled.id}/confirm-delivery`)
      .json({})
      .loginAs(world.shipper)
      .then((r) => r.assertStatus(200))
    const held = await makeAssignedOrder(world.shipper, world.carrier, {
      currency: 'XOF',
      priceAmount: 45_000,
    })
    await markPaid(held)

    const totals = await client.get('/api/v1/admin/ledger/totals').loginAs(world.admin)
    totals.assertStatus(200)
    const byKey = Object.fromEntries(
      totals
        .body()
        .data.map((t: { currency: string; purpose: string; balance: number }) => [
          `${t.currency} ${t.purpose}`,
          t.balance,
        ])
    )
    assert.include(byKey, {
      'KES order_escrow': 0,
      'KES platform_commission': 450_000,
      'XOF order_escrow': 45_000,
    })
    // Whatever a payout has taken out, carriers are owed or paid exactly their net.
    assert.equal(
      (byKey['KES carrier_payable'] ?? 0) + (byKey['KES payout_in_flight'] ?? 0),
      4_050_000
    )

    const journals = await client
      .get(`/api/v1/admin/orders/${settled.id}/ledger`)
      .loginAs(world.admin)
    journals.assertStatus(200)
    const [received, settlement] = journals.body().data
    assert.equal(received.kind, 'payment_received')
    assert.equal(settlement.kind, 'settlement')
    assert.deepInclude(settlement.entries, {
      owner: `order:${settled.id}`,
      purpose: 'order_escrow',
      amount: 4_500_000,
      currency: 'KES',
    })
    for (const journal of journals.body().data) {
      const sum = journal.entries.reduce(
        (total: number, e: { amount: number }) => total + e.amount,
        0
      )
      assert.equal(sum, 0, journal.kind)
    }
    const none = await client.get('/api/v1/admin/orders/999999/ledger').loginAs(world.admin)
    assert.deepEqual(none.body(), { data: [] })
    const bad = await client.get('/api/v1/admin/orders/abc/ledger').loginAs(world.admin)
    bad.assertStatus(422)
  })
})
