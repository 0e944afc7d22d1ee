import { test } from '@japa/runner'
import Payout from '#money/models/payout'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners } from '#money/ledger_accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { auditOf, markPaid, paidAfterCancel } from '#tests/money_fixtures'
import { airtelSettles, useFakeAirtel, useFakeAirtelPayouts } from '#tests/airtel_fixtures'

const held = (orderId: number, currency: string) =>
  new LedgerService().balance({ owner: owners.order(orderId), purpose: 'order_escrow', currency })

test.group('Money: admin refunds by the provider that was paid', (group) => {
  isolateDatabase(group)
  const airtel = standInForEachTest(group, useFakeAirtelPayouts)

  test('an Airtel pay-in in Uganda is refunded by Airtel disbursement to the number that paid, once', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, {
      currency: 'UGX',
      priceAmount: 150_000,
    })
    await markPaid(order, { provider: 'airtel', phone: '+256752123456' })
    const body = { amount: 50_000, key: 'refund-ug-1', reason: 'one pallet not loaded' }
    const refund = await client
      .post(`/api/v1/admin/orders/${order.id}/refunds`)
      .json(body)
      .loginAs(world.admin)
    refund.assertStatus(201)
    await airtel.queue.drain()
    const again = await client
      .post(`/api/v1/admin/orders/${order.id}/refunds`)
      .json(body)
      .loginAs(world.admin)
    again.assertStatus(200)
    await airtel.queue.drain()

    const [request] = airtel.requests()
    assert.lengthOf(airtel.requests(), 1)
    assert.include(request.headers, { 'x-country': 'UG', 'x-currency': 'UGX' })
    assert.equal(request.body.payee.msisdn, '752123456')
    assert.equal(request.body.transaction.amount, 50_000)
    assert.equal(request.body.reference, `Refundorder${order.id}`)
    const payout = await Payout.findOrFail(refund.body().id)
    assert.include(payout.serialize(), { kind: 'refund', provider: 'airtel', status: 'sent' })
    assert.equal(await held(order.id, 'UGX'), 100_000)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })
})

test.group('Money: an Airtel pay-in the order cannot take', (group) => {
  isolateDatabase(group)

  test('paid after the order was cancelled: refunded by Airtel disbursement to the number that paid, once, audited', async ({
    client,
    assert,
  }) => {
    const collection = await useFakeAirtel()
    // Its queue runs every job, the pay-in's and the refund's.
    const payouts = await useFakeAirtelPayouts()
    try {
      const { order, payment } = await paidAfterCancel(client, 'airtel', '0752 123 456', {
        currency: 'UGX',
        priceAmount: 150_000,
      })
      await airtelSettles(client, collection, payment.providerRef!, 2)
      await payouts.queue.drain()

      const refund = await Payout.findByOrFail('payment_id', payment.id)
      assert.include(refund.serialize(), {
        kind: 'refund',
        provider: 'airtel',
        status: 'sent',
        amount: 150_000,
        reversesReceipt: null,
      })
      assert.lengthOf(payouts.requests(), 1)
      assert.equal(payouts.requests()[0].body.payee.msisdn, '752123456')
      assert.equal(await held(order.id, 'UGX'), 0)
      const [audit] = await auditOf('payment.unwanted', { type: 'order', id: order.id })
      assert.equal(audit.after.returnedBy, 'refund')
      assert.deepEqual(await new LedgerVerifier().verify(), [])
    } finally {
      await payouts.restore()
      await collection.restore()
    }
  })
})
