import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import PaymentService from '#money/services/payment_service'
import { owners } from '#money/ledger_accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { fixture } from '#tests/money_fixtures'
import { orangeNotification, useFakeOrangeMoney } from '#tests/orange_money_fixtures'

type Orange = Awaited<ReturnType<typeof useFakeOrangeMoney>>

const OUR_NOTIF_TOKEN = fixture('orange-om-webpayment-response.json').notif_token
const PAY_TOKEN = fixture('orange-om-webpayment-response.json').pay_token

const escrowOf = (orderId: number) =>
  new LedgerService().balance({
    owner: owners.order(orderId),
    purpose: 'order_escrow',
    currency: 'XOF',
  })

async function setUp() {
  const world = await makeWorld()
  const order = await makeAssignedOrder(world.shipper, world.carrier, {
    currency: 'XOF',
    priceAmount: 45_000,
  })
  return { world, order }
}

async function payByOrange(client: ApiClient, world: { shipper: any }, orderId: number) {
  const started = await client
    .post(`/api/v1/orders/${orderId}/payments`)
    .json({ provider: 'orange_money', phone: '77 123 45 67' })
    .loginAs(world.shipper)
  started.assertStatus(201)
  return started.body()
}

/** The path of the notif_url we gave Orange in the last web payment. */
function notifPath(orange: Orange) {
  const requests = orange.calls('/orange-money-webpay/dev/v1/webpayment')
  return new URL(JSON.parse(requests[requests.length - 1].raw.toString()).notif_url).pathname
}

async function notify(client: ApiClient, path: string, body: unknown) {
  const response = await client.post(path).json(body)
  response.assertStatus(200)
  return response
}

test.group('Money: Orange Money web payment pay-in', (group) => {
  isolateDatabase(group)
  const orange = standInForEachTest(group, useFakeOrangeMoney)

  test('a Dakar shipper pays on Orange’s page; the notification with our notif_token is confirmed by the transaction status and applied once', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const offered = await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.shipper)
    assert.deepEqual(offered.body().providers, ['wave', 'orange_money'])

    const started = await payByOrange(client, world, order.id)
    assert.deepInclude(started, {
      provider: 'orange_money',
      status: 'pending',
      checkoutUrl: fixture('orange-om-webpayment-response.json').payment_url,
    })
    const [token] = orange.calls('/oauth/v3/token')
    assert.equal(
      token.headers.authorization,
      `Basic ${Buffer.from('client:secret').toString('base64')}`
    )
    assert.equal(token.form.get('grant_type'), 'client_credentials')
    const [webpayment] = orange.calls('/orange-money-webpay/dev/v1/webpayment')
    assert.equal(webpayment.headers.authorization, 'Bearer 0213GH123l12kj312k')
    const asked = JSON.parse(webpayment.raw.toString())
    assert.deepInclude(asked, {
      merchant_key: 'merchant-key',
      currency: 'OUV',
      order_id: `NJIA-P${started.id}`,
      amount: 45_000,
      return_url: `${process.env.APP_URL}/orders/${order.id}`,
      cancel_url: `${process.env.APP_URL}/orders/${order.id}`,
      lang: 'en', // the shipper reads English
    })
    assert.match(notifPath(orange), /^\/api\/v1\/webhooks\/orange_money\/[A-Za-z0-9_-]{43}$/)

    orange.state.status = 'SUCCESS'
    const notification = orangeNotification('SUCCESS', OUR_NOTIF_TOKEN)
    const ack = await notify(client, notifPath(orange), notification)
    assert.deepEqual(ack.body(), { received: true })
    assert.equal(await escrowOf(order.id), 0)
    await orange.queue.drain()

    const [status] = orange.calls('/orange-money-webpay/dev/v1/transactionstatus')
    assert.deepEqual(JSON.parse(status.raw.toString()), {
      order_id: `NJIA-P${started.id}`,
      amount: 45_000,
      pay_token: PAY_TOKEN,
    })
    const payment = await Payment.findOrFail(started.id)
    assert.equal(payment.status, 'received')
    assert.equal(payment.providerReceipt, 'MP150709.1341.A00073')
    assert.equal(await escrowOf(order.id), 45_000)

    for (let i = 0; i < 3; i++) await notify(client, notifPath(orange), notification)
    await orange.queue.drain()
    assert.equal(await escrowOf(order.id), 45_000)
    assert.lengthOf(await PaymentCallback.query().where('payment_id', payment.id), 1)
    assert.lengthOf(await db.from('ledger_journals').where('order_id', order.id), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
    // One token served the web payment and the status.
    assert.lengthOf(orange.calls('/oauth/v3/token'), 1)
  })

  test('Orange’s payment page speaks the payer’s language: French for French readers, English otherwise (it has no Swahili)', async ({
    client,
    assert,
  }) => {
    const asked: string[] = []
    const { world } = await setUp()
    for (const locale of ['en', 'sw', 'fr'] as const) {
      const order = await makeAssignedOrder(world.shipper, world.carrier, {
        currency: 'XOF',
        priceAmount: 45_000,
      })
      world.shipper.locale = locale
      await world.shipper.save()
      orange.answers.webpayment = () => ({
        status: 201,
        body: { ...fixture('orange-om-webpayment-response.json'), pay_token: `token-${locale}` },
      })
      await payByOrange(client, world, order.id)
      const requests = orange.calls('/orange-money-webpay/dev/v1/webpayment')
      asked.push(JSON.parse(requests[requests.length - 1].raw.toString()).lang)
    }
    assert.deepEqual(asked, ['en', 'en', 'fr'])
  })
  test('a notification without our notif_token, on an unknown URL or unreadable changes nothing', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const started = await payByOrange(client, world, order.id)
    orange.state.status = 'SUCCESS'

    // The published sample carries another attempt's notif_token.
    await notify(client, notifPath(orange), fixture('orange-om-notification.json'))
    const unknown = await client
      .post(`/api/v1/webhooks/orange_money/${'x'.repeat(43)}`)
      .json(orangeNotification('SUCCESS', OUR_NOTIF_TOKEN))
    unknown.assertStatus(404)
    const unreadable = await client.post(notifPath(orange)).json({ status: 'SUCCESS' })
    unreadable.assertStatus(400)
    await orange.queue.drain()

    const payment = await Payment.findOrFail(started.id)
    assert.equal(payment.status, 'pending')
    assert.equal(await escrowOf(order.id), 0)
    const stored = await PaymentCallback.query().where('payment_id', payment.id)
    assert.deepEqual(
      stored.map((callback) => callback.outcome),
      ['mismatch']
    )
    assert.lengthOf(orange.calls('/orange-money-webpay/dev/v1/transactionstatus'), 0)
  })

  test('a failed payment fails with its reason; a page left to expire is failed by reconciliation', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const first = await payByOrange(client, world, order.id)
    orange.state.status = 'FAILED'
    await notify(client, notifPath(orange), orangeNotification('FAILED', OUR_NOTIF_TOKEN))
    await orange.queue.drain()
    const failed = await Payment.findOrFail(first.id)
    assert.deepInclude(failed.toJSON(), {
      status: 'failed',
      failureReason: 'declined',
    })

    orange.answers.webpayment = () => ({
      status: 201,
      body: { ...fixture('orange-om-webpayment-response.json'), pay_token: 'second-pay-token' },
    })
    const second = await payByOrange(client, world, order.id)
    orange.state.status = 'EXPIRED'
    const payments = await app.container.make(PaymentService)
    const outcomes = await payments.reconcile(DateTime.now().plus({ minutes: 10 }))
    assert.deepEqual(outcomes, { [second.id]: 'failed' })
    const expired = await Payment.findOrFail(second.id)
    assert.deepInclude(expired.toJSON(), {
      status: 'failed',
      failureReason: 'timeout',
    })
    assert.equal(await escrowOf(order.id), 0)
  })
})
