import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import QueueService from '#core/services/queue_service'
import Payout from '#money/models/payout'
import PaymentCallback from '#money/models/payment_callback'
import PayoutGateways from '#money/services/payout_gateways'
import RefundService from '#money/services/refund_service'
import StuckPayoutsJob from '#money/jobs/stuck_payouts_job'
import SimulatedB2cProvider from '#money/providers/simulated_b2c_provider'
import { isolateDatabase, waitFor } from '#tests/helpers'
import { completedPaidOrder, markPaid, sentJournals } from '#tests/money_fixtures'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { RecordingQueue } from '#tests/notifications_fixtures'

async function callbacksOf(payoutId: number) {
  const rows = await PaymentCallback.query().where('payout_id', payoutId)
  return rows.length
}

test.group('Money: the M-Pesa B2C simulator of make dev', (group) => {
  isolateDatabase(group)
  let queue: RecordingQueue
  group.each.setup(() => {
    queue = new RecordingQueue()
    const simulator = new SimulatedB2cProvider({ answerAfterMs: 50, duplicateRate: 1 })
    app.container.swap(PayoutGateways, () => new PayoutGateways({ mpesa: simulator }))
    app.container.swap(QueueService, () => queue)
    return () => app.container.restoreAll([PayoutGateways, QueueService])
  })

  test('it pays the carrier and calls back in Daraja’s format, twice; the payout is settled once', async ({
    client,
    assert,
  }) => {
    const { order } = await completedPaidOrder(client)
    await queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    await waitFor(async () => (await callbacksOf(payout.id)) > 0, 'the result')
    await new Promise((resolve) => setTimeout(resolve, 1_000)) // the duplicate
    await queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'sent')
    assert.match(payout.providerReceipt!, /^SIM[0-9A-F]{8}$/)
    assert.equal(await callbacksOf(payout.id), 1)
  })

  test('a number ending in 2040 cannot receive M-Pesa, and one ending in 9999 times out', async ({
    client,
    assert,
  }) => {
    for (const [suffix, reason] of [
      ['2040', 'recipient_invalid'],
      ['9999', 'timeout'],
    ]) {
      const { order } = await completedPaidOrder(client)
      await Payout.query()
        .where('order_id', order.id)
        .update({ phone: `+2547${String(order.id).padStart(4, '0')}${suffix}` })
      await queue.drain()
      const payout = await Payout.findByOrFail('order_id', order.id)
      await waitFor(async () => (await callbacksOf(payout.id)) > 0, 'the result')
      await queue.drain()
      await payout.refresh()
      assert.deepInclude(payout.serialize(), { status: 'failed', failureReason: reason })
    }
  })

  test('a reversal whose result is lost (payer number ending in 9999) is found reversed by the stuck-payouts job’s query by receipt, and settled once', async ({
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const payment = await markPaid(order, { provider: 'mpesa', phone: '+254722009999' })
    const refunds = await app.container.make(RefundService)
    await db.transaction((trx) =>
      refunds.forUnwantedPayment(payment, 'paid after the order was cancelled', trx)
    )
    await queue.drain()
    const refund = await Payout.findByOrFail('payment_id', payment.id)
    assert.equal(refund.reversesReceipt, payment.providerReceipt)
    await waitFor(async () => (await callbacksOf(refund.id)) > 0, 'the queue timeout')
    await queue.drain()
    await refund.refresh()
    assert.include(refund.serialize(), { status: 'failed', failureReason: 'timeout' })

    await queue.send(StuckPayoutsJob, {})
    await queue.drain()
    await waitFor(async () => (await callbacksOf(refund.id)) > 1, 'the status result')
    await queue.drain()
    await refund.refresh()
    assert.include(refund.serialize(), {
      status: 'sent',
      providerReceipt: `reversed ${payment.providerReceipt}`,
    })
    assert.equal(await sentJournals(refund.id), 1)
  })
})
