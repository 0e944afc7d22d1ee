import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import QueueService from '#core/services/queue_service'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import PaymentGateways from '#money/services/payment_gateways'
import SimulatedWaveProvider from '#money/providers/simulated_wave_provider'
import moneyConfig from '#config/money'
import { isolateDatabase, waitFor } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { RecordingQueue } from '#tests/notifications_fixtures'
import SimulatedPhone from '#money/providers/simulated_phone'

test.group('Money: the Wave simulator of make dev', (group) => {
  isolateDatabase(group)
  let queue: RecordingQueue
  group.each.setup(() => {
    queue = new RecordingQueue()
    const simulator = new SimulatedWaveProvider(
      { answerAfterMs: 50, duplicateRate: 1, webhookSecret: moneyConfig.wave.webhookSecret },
      new SimulatedPhone()
    )
    app.container.swap(PaymentGateways, () => new PaymentGateways({ wave: simulator }))
    app.container.swap(QueueService, () => queue)
    return () => app.container.restoreAll([PaymentGateways, QueueService])
  })

  async function pay(client: any, phone: string) {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, {
      currency: 'XOF',
      priceAmount: 45_000,
    })
    const started = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'wave', phone })
      .loginAs(world.shipper)
    started.assertStatus(201)
    return { order, payment: await Payment.findOrFail(started.body().id), started: started.body() }
  }

  test('it sends Wave’s signed webhook twice, which our route accepts, and the payment is applied once', async ({
    client,
    assert,
  }) => {
    const { payment, started } = await pay(client, '77 123 45 67')
    // The Wave app is not there: the payer is sent to the simulated checkout page.
    assert.equal(
      started.checkoutUrl,
      `${process.env.APP_URL}/api/v1/dev/checkout/${encodeURIComponent(payment.providerRef!)}`
    )
    await waitFor(async () => queue.sent.length > 0, 'the webhook')
    await new Promise((resolve) => setTimeout(resolve, 1_000)) // the duplicate
    await queue.drain()
    await payment.refresh()
    assert.equal(payment.status, 'received')
    assert.match(payment.providerReceipt!, /^TSIM/)
    assert.lengthOf(await PaymentCallback.query().where('payment_id', payment.id), 1)
  })

  test('a number ending in 0001 has too little money', async ({ client, assert }) => {
    const { payment } = await pay(client, '77 123 00 01')
    await waitFor(async () => queue.sent.length > 0, 'the webhook')
    await queue.drain()
    await payment.refresh()
    assert.deepInclude(payment.toJSON(), { status: 'failed', failureReason: 'insufficient_funds' })
  })
})
