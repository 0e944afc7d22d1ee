import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import QueueService from '#core/services/queue_service'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import PaymentGateways from '#money/services/payment_gateways'
import SimulatedMpesaProvider from '#money/providers/simulated_mpesa_provider'
import { isolateDatabase, waitFor } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { RecordingQueue } from '#tests/notifications_fixtures'
import SimulatedPhone from '#money/providers/simulated_phone'

async function callbacksOf(paymentId: number) {
  const rows = await PaymentCallback.query().where('payment_id', paymentId)
  return rows.length
}

test.group('Money: the M-Pesa simulator of make dev', (group) => {
  isolateDatabase(group)
  let queue: RecordingQueue
  group.each.setup(() => {
    queue = new RecordingQueue()
    const simulator = new SimulatedMpesaProvider(
      { answerAfterMs: 50, duplicateRate: 1 },
      new SimulatedPhone()
    )
    app.container.swap(PaymentGateways, () => new PaymentGateways({ mpesa: simulator }))
    app.container.swap(QueueService, () => queue)
    return () => app.container.restoreAll([PaymentGateways, QueueService])
  })

  test('it calls back in Daraja’s format, twice, and the payment is applied once', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const started = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa', phone: '0712 345 678' })
      .loginAs(world.shipper)
    started.assertStatus(201)
    const payment = await Payment.findOrFail(started.body().id)
    await waitFor(
      async () => (await callbacksOf(payment.id)) > 0 && queue.sent.length > 0,
      'the callback'
    )
    await new Promise((resolve) => setTimeout(resolve, 1_000)) // the duplicate
    await queue.drain()
    await payment.refresh()
    assert.equal(payment.status, 'received')
    assert.match(payment.providerReceipt!, /^SIM[0-9A-F]{8}$/)
    assert.equal(await callbacksOf(payment.id), 1)
  })

  test('a number ending in 1032 cancels, as a sandbox test number would', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const started = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa', phone: '0712 341 032' })
      .loginAs(world.shipper)
    const payment = await Payment.findOrFail(started.body().id)
    await waitFor(async () => queue.sent.length > 0, 'the callback')
    await queue.drain()
    await payment.refresh()
    assert.deepInclude(payment.toJSON(), { status: 'failed', failureReason: 'cancelled' })
  })
})
