import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import QueueService from '#core/services/queue_service'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import PaymentGateways from '#money/services/payment_gateways'
import SimulatedAirtelProvider from '#money/providers/simulated_airtel_provider'
import { isolateDatabase, waitFor } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { RecordingQueue } from '#tests/notifications_fixtures'
import moneyConfig from '#config/money'
import SimulatedPhone from '#money/providers/simulated_phone'

test.group('Money: the Airtel Money simulator of make dev', (group) => {
  isolateDatabase(group)
  let queue: RecordingQueue
  group.each.setup(() => {
    queue = new RecordingQueue()
    // It signs its callbacks with the key the route checks, as Airtel does when one is set.
    const callbackSecret = 'airtel-simulator-key'
    const before = moneyConfig.airtel.callbackSecret
    moneyConfig.airtel.callbackSecret = callbackSecret
    const simulator = new SimulatedAirtelProvider(
      { answerAfterMs: 50, duplicateRate: 1, callbackSecret },
      new SimulatedPhone()
    )
    app.container.swap(PaymentGateways, () => new PaymentGateways({ airtel: simulator }))
    app.container.swap(QueueService, () => queue)
    return () => {
      moneyConfig.airtel.callbackSecret = before
      app.container.restoreAll([PaymentGateways, QueueService])
    }
  })

  async function pay(client: any, phone: string) {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, {
      currency: 'UGX',
      priceAmount: 150_000,
    })
    const started = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'airtel', phone })
      .loginAs(world.shipper)
    started.assertStatus(201)
    return { order, payment: await Payment.findOrFail(started.body().id), started: started.body() }
  }

  test('it calls our callback URL in Airtel’s format, twice, and the payment is applied once', async ({
    client,
    assert,
  }) => {
    const { payment, started } = await pay(client, '0752 123 456')
    assert.isNull(started.checkoutUrl)
    await waitFor(async () => queue.sent.length > 0, 'the callback')
    await new Promise((resolve) => setTimeout(resolve, 1_000)) // the duplicate
    await queue.drain()
    await payment.refresh()
    assert.equal(payment.status, 'received')
    assert.match(payment.providerReceipt!, /^MPSIM\./)
    assert.lengthOf(await PaymentCallback.query().where('payment_id', payment.id), 1)
  })

  test('a number ending in 0001 has too little money', async ({ client, assert }) => {
    const { payment } = await pay(client, '0752 120 001')
    await waitFor(async () => queue.sent.length > 0, 'the callback')
    await queue.drain()
    await payment.refresh()
    assert.deepInclude(payment.toJSON(), { status: 'failed', failureReason: 'insufficient_funds' })
  })
})
