import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import QueueService from '#core/services/queue_service'
import { formatMoney } from '#core/money_format'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import PaymentGateways from '#money/services/payment_gateways'
import SimulatedPhone from '#money/providers/simulated_phone'
import SimulatedWaveProvider from '#money/providers/simulated_wave_provider'
import SimulatedOrangeMoneyProvider from '#money/providers/simulated_orange_money_provider'
import moneyConfig from '#config/money'
import { asInProduction, isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { RecordingQueue } from '#tests/notifications_fixtures'
import { settledBySimulator } from '#tests/money_fixtures'
import type { ApiClient } from '@japa/api-client'

async function startPayment(client: ApiClient, provider: 'wave' | 'orange_money', locale = 'en') {
  const world = await makeWorld()
  world.shipper.locale = locale as typeof world.shipper.locale
  await world.shipper.save()
  const order = await makeAssignedOrder(world.shipper, world.carrier, {
    currency: 'XOF',
    priceAmount: 45_000,
  })
  const started = await client
    .post(`/api/v1/orders/${order.id}/payments`)
    .json({ provider, phone: '77 123 45 67' })
    .loginAs(world.shipper)
  started.assertStatus(201)
  const payment = await Payment.findOrFail(started.body().id)
  return { order, payment, checkoutUrl: started.body().checkoutUrl as string }
}

const pagePath = (payment: Payment) =>
  `/api/v1/dev/checkout/${encodeURIComponent(payment.providerRef!)}`

function click(client: ApiClient, payment: Payment, answer: string) {
  return client.post(pagePath(payment)).form({ answer }).redirects(0)
}

test.group('Money: the simulated Wave and Orange Money payment pages of make dev', (group) => {
  isolateDatabase(group)
  let queue: RecordingQueue
  group.each.setup(async () => {
    queue = new RecordingQueue()
    // Every callback is sent twice; the automatic answer would come long after the test.
    const simulated = { answerAfterMs: 30_000, duplicateRate: 1 }
    const phone = await app.container.make(SimulatedPhone)
    const gateways = new PaymentGateways({
      wave: new SimulatedWaveProvider(
        { ...simulated, webhookSecret: moneyConfig.wave.webhookSecret },
        phone
      ),
      orange_money: new SimulatedOrangeMoneyProvider(simulated, phone),
    })
    app.container.swap(PaymentGateways, () => gateways)
    app.container.swap(QueueService, () => queue)
    return () => app.container.restoreAll([PaymentGateways, QueueService])
  })

  test('Wave’s page shows the amount in the payer’s language, the merchant and the buttons; paying applies the doubled signed webhook once', async ({
    client,
    assert,
  }) => {
    const { order, payment, checkoutUrl } = await startPayment(client, 'wave', 'fr')
    assert.equal(checkoutUrl, `${process.env.APP_URL}${pagePath(payment)}`)

    const page = await client.get(pagePath(payment))
    page.assertStatus(200)
    assert.include(page.text(), '<html lang="fr">')
    assert.include(page.text(), 'Payer avec Wave')
    assert.include(page.text(), formatMoney(45_000, 'XOF', 'fr'))
    assert.include(page.text(), 'Njia')
    assert.include(page.text(), '>Payer</button>')
    assert.include(page.text(), '>Refuser</button>')

    const paid = await click(client, payment, 'pay')
    paid.assertStatus(303)
    assert.equal(paid.header('location'), `${process.env.APP_URL}/orders/${order.id}`)
    await settledBySimulator(queue, payment)
    assert.equal(payment.status, 'received')
    assert.match(payment.providerReceipt!, /^TSIM/)
    assert.lengthOf(await PaymentCallback.query().where('payment_id', payment.id), 1)

    const again = await click(client, payment, 'decline')
    again.assertStatus(409)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    await queue.drain()
    await payment.refresh()
    assert.equal(payment.status, 'received')
    const answered = await client.get(pagePath(payment))
    assert.notInclude(answered.text(), '<button')
    assert.include(answered.text(), 'Ce paiement a déjà reçu une réponse.')
  })

  test('declining Wave’s page fails the payment with its reason', async ({ client, assert }) => {
    const { payment } = await startPayment(client, 'wave', 'sw')
    const page = await client.get(pagePath(payment))
    assert.include(page.text(), 'Lipa kwa Wave')
    assert.include(page.text(), formatMoney(45_000, 'XOF', 'sw'))
    const declined = await click(client, payment, 'decline')
    declined.assertStatus(303)
    await settledBySimulator(queue, payment)
    assert.deepInclude(payment.toJSON(), { status: 'failed', failureReason: 'declined' })
    const again = await click(client, payment, 'pay')
    again.assertStatus(409)
  })

  test('Orange Money’s page: paying sends the notification with its notif_token, applied once; declining fails it', async ({
    client,
    assert,
  }) => {
    const { payment } = await startPayment(client, 'orange_money')
    const page = await client.get(pagePath(payment))
    page.assertStatus(200)
    assert.include(page.text(), 'Pay with Orange Money')
    assert.include(page.text(), formatMoney(45_000, 'XOF', 'en'))
    const paid = await click(client, payment, 'pay')
    paid.assertStatus(303)
    await settledBySimulator(queue, payment)
    assert.equal(payment.status, 'received')
    assert.lengthOf(await PaymentCallback.query().where('payment_id', payment.id), 1)
    const again = await click(client, payment, 'pay')
    again.assertStatus(409)

    queue.sent.length = 0
    const declinedOne = await startPayment(client, 'orange_money')
    const declined = await click(client, declinedOne.payment, 'decline')
    declined.assertStatus(303)
    await settledBySimulator(queue, declinedOne.payment)
    assert.deepInclude(declinedOne.payment.toJSON(), {
      status: 'failed',
      failureReason: 'declined',
    })
  })

  test('an unknown page or answer changes nothing', async ({ client, assert }) => {
    const { payment } = await startPayment(client, 'wave')
    const unknownPage = await client.get('/api/v1/dev/checkout/cos-nope')
    unknownPage.assertStatus(404)
    const unknownAnswer = await click(client, payment, 'wrong_pin')
    unknownAnswer.assertStatus(422)
    await payment.refresh()
    assert.equal(payment.status, 'pending')
    const declined = await click(client, payment, 'decline') // leaves no timer behind
    declined.assertStatus(303)
    await settledBySimulator(queue, payment)
  })

  test('the page is not there in production, nor when the provider is not its simulator', async ({
    client,
    assert,
  }) => {
    const { payment } = await startPayment(client, 'wave')
    await asInProduction(async () => {
      const page = await client.get(pagePath(payment))
      page.assertStatus(404)
      const paid = await click(client, payment, 'pay')
      paid.assertStatus(404)
    })
    const gateways = await app.container.make(PaymentGateways)
    app.container.swap(PaymentGateways, () => new PaymentGateways({}))
    const notSimulated = await client.get(pagePath(payment))
    notSimulated.assertStatus(404)
    app.container.swap(PaymentGateways, () => gateways)

    await payment.refresh()
    assert.equal(payment.status, 'pending')
    const declined = await click(client, payment, 'decline')
    declined.assertStatus(303)
    await settledBySimulator(queue, payment)
  })
})
