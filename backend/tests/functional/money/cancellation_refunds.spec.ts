import { test } from '@japa/runner'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import Payout from '#money/models/payout'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import type { RefundEvent } from '#money/money_events'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { b2cSuccess, markPaid, useFakeB2c } from '#tests/money_fixtures'

const balance = (owner: string, purpose: AccountPurpose) =>
  new LedgerService().balance({ owner, purpose, currency: 'KES' })

test.group('Money: cancelling a paid order refunds the shipper', (group) => {
  isolateDatabase(group)
  const b2c = standInForEachTest(group, useFakeB2c)

  test('the shipper cancels a paid order: the whole escrow goes back to the number that paid, once, and the shipper is told', async ({
    client,
    assert,
  }) => {
    const refunds: RefundEvent[] = []
    const listener = (event: RefundEvent) => refunds.push(event)
    emitter.on('money:refund_sent', listener)
    try {
      const world = await makeWorld()
      const order = await makeAssignedOrder(world.shipper, world.carrier)
      const payment = await markPaid(order)
      const escrow = owners.order(order.id)

      const cancelled = await client
        .post(`/api/v1/orders/${order.id}/cancel`)
        .json({ reason: 'Truck no longer needed' })
        .loginAs(world.shipper)
      cancelled.assertStatus(200)
      // Reserved in the cancelling transaction.
      assert.equal(await balance(escrow, 'order_escrow'), 0)
      assert.equal(await balance(escrow, 'refund_payable'), 4_500_000)
      const [refund] = await Payout.query().where('order_id', order.id)
      assert.include(refund.serialize(), {
        kind: 'refund',
        status: 'queued',
        amount: 4_500_000,
        phone: payment.phone,
        idempotencyKey: `refund:${order.id}:cancellation`,
      })

      await b2c.queue.drain()
      const requests = b2c.requests()
      assert.lengthOf(requests, 1)
      assert.deepInclude(requests[0], {
        OriginatorConversationID: `NJIA-${refund.id}-1`,
        Amount: '45000',
        PartyB: payment.phone!.replace('+', ''),
      })
      const result = b2cSuccess(`NJIA-${refund.id}-1`, 45000)
      for (let i = 0; i < 2; i++) {
        const answered = await client.post(b2c.callbackPath('result')).json(result)
        answered.assertStatus(200)
      }
      await b2c.queue.drain()
      await refund.refresh()
      assert.equal(refund.status, 'sent')
      assert.equal(await balance(escrow, 'refund_payable'), 0)
      assert.deepEqual(refunds, [
        {
          payoutId: refund.id,
          orderId: order.id,
          userId: world.shipper.id,
          amount: 4_500_000,
          currency: 'KES',
          provider: 'mpesa',
        },
      ])
      assert.lengthOf(await Payout.query().where('order_id', order.id), 1)
      assert.deepEqual(await new LedgerVerifier().verify(), [])
    } finally {
      emitter.off('money:refund_sent', listener)
    }
  })

  test('what an admin already refunded is not refunded again: only the rest goes back on cancellation', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    await markPaid(order)
    const partial = await client
      .post(`/api/v1/admin/orders/${order.id}/refunds`)
      .json({ amount: 1_000_000, key: 'refund-0001', reason: 'one pallet short' })
      .loginAs(world.admin)
    partial.assertStatus(201)

    const cancelled = await client
      .post(`/api/v1/orders/${order.id}/cancel`)
      .json({ reason: 'Truck no longer needed' })
      .loginAs(world.shipper)
    cancelled.assertStatus(200)

    const amounts = await db
      .from('payouts')
      .where('order_id', order.id)
      .orderBy('id')
      .select('amount', 'idempotency_key')
    assert.deepEqual(
      amounts.map((row) => [Number(row.amount), row.idempotency_key]),
      [
        [1_000_000, `refund:${order.id}:refund-0001`],
        [3_500_000, `refund:${order.id}:cancellation`],
      ]
    )
    assert.equal(await balance(owners.order(order.id), 'order_escrow'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('an unpaid or cash order is cancelled without any refund', async ({ client, assert }) => {
    const world = await makeWorld()
    const unpaid = await makeAssignedOrder(world.shipper, world.carrier)
    const cash = await makeAssignedOrder(world.shipper, world.carrier, { paymentMethod: 'cash' })
    for (const order of [unpaid, cash]) {
      const cancelled = await client
        .post(`/api/v1/orders/${order.id}/cancel`)
        .json({ reason: 'Truck no longer needed' })
        .loginAs(world.shipper)
      cancelled.assertStatus(200)
    }
    assert.lengthOf(await Payout.all(), 0)
    assert.lengthOf(b2c.requests(), 0)
  })
})
