import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import PaymentService from '#money/services/payment_service'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners } from '#money/ledger_accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { useFakeWave, waveEvent, waveSigned } from '#tests/wave_fixtures'

const escrowOf = (orderId: number) =>
  new LedgerService().balance({
    owner: owners.order(orderId),
    purpose: 'order_escrow',
    currency: 'XOF',
  })

/** A Dakar shipper's order, assigned at 45 000 FCFA. */
async function setUp() {
  const world = await makeWorld()
  const order = await makeAssignedOrder(world.shipper, world.carrier, {
    currency: 'XOF',
    priceAmount: 45_000,
  })
  return { world, order }
}

function postWebhook(client: ApiClient, raw: string, signature: string | null = waveSigned(raw)) {
  const request = client.post('/api/v1/webhooks/wave').type('application/json')
  if (signature !== null) request.header('wave-signature', signature)
  return request.unsafeJson(raw)
}

/** Delivered as Wave would, and acknowledged with a 2xx. */
async function deliver(client: ApiClient, raw: string) {
  const response = await postWebhook(client, raw)
  response.assertStatus(200)
  return response
}

async function payByWave(client: ApiClient, world: { shipper: any }, orderId: number) {
  const started = await client
    .post(`/api/v1/orders/${orderId}/payments`)
    .json({ provider: 'wave', phone: '77 123 45 67' })
    .loginAs(world.shipper)
  started.assertStatus(201)
  return started.body()
}

test.group('Money: Wave checkout pay-in', (group) => {
  isolateDatabase(group)
  const wave = standInForEachTest(group, useFakeWave)

  test('a Dakar shipper is offered Wave, opens the session in the Wave app, and the signed webhook puts the price in escrow once', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const offered = await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.shipper)
    offered.assertStatus(200)
    assert.deepEqual(offered.body().providers, ['wave', 'orange_money'])

    const started = await payByWave(client, world, order.id)
    assert.deepInclude(started, {
      provider: 'wave',
      status: 'pending',
      amount: 45_000,
      currency: 'XOF',
      phone: '+221 •••• 4567',
      checkoutUrl: 'https://pay.wave.com/c/cos-test1?a=45000&c=XOF',
    })
    const [create] = wave.calls('POST', '/v1/checkout/sessions')
    assert.equal(create.headers.authorization, 'Bearer wave_sn_prod_test')
    assert.equal(create.headers['idempotency-key'], `njia-payment-${started.id}`)
    assert.deepEqual(JSON.parse(create.raw.toString()), {
      amount: '45000',
      currency: 'XOF',
      client_reference: `njia-payment-${started.id}`,
      restrict_payer_mobile: '+221771234567',
      success_url: `${process.env.APP_URL}/orders/${order.id}`,
      error_url: `${process.env.APP_URL}/orders/${order.id}`,
    })

    const raw = waveEvent('checkout.session.completed', wave.complete('cos-test1'))
    const ack = await postWebhook(client, raw)
    ack.assertStatus(200)
    assert.deepEqual(ack.body(), { received: true })
    assert.equal(await escrowOf(order.id), 0)

    await wave.queue.drain()
    const payment = await Payment.findOrFail(started.id)
    assert.equal(payment.status, 'received')
    assert.equal(payment.providerReceipt, 'TCN4Y4ZC3FM')
    assert.equal(await escrowOf(order.id), 45_000)
    assert.lengthOf(wave.calls('GET', '/v1/checkout/sessions/cos-test1'), 1)

    // Wave retries until it gets a 2xx: the same event again changes nothing.
    for (let i = 0; i < 3; i++) await deliver(client, raw)
    await wave.queue.drain()
    assert.equal(await escrowOf(order.id), 45_000)
    assert.lengthOf(await PaymentCallback.query().where('payment_id', payment.id), 1)
    assert.lengthOf(await db.from('ledger_journals').where('order_id', order.id), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])

    const listed = await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.shipper)
    assert.deepInclude(listed.body().data[0], {
      status: 'received',
      receipt: 'TCN4Y4ZC3FM',
      checkoutUrl: null,
    })
  })

  test('an unsigned, forged, tampered or stale webhook is refused with 401 and stores nothing', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    await payByWave(client, world, order.id)
    const raw = waveEvent('checkout.session.completed', wave.complete('cos-test1'))
    const now = Math.floor(Date.now() / 1000)

    const refused = [
      await postWebhook(client, raw, null),
      await postWebhook(client, raw, `t=${now},v1=${'0'.repeat(64)}`),
      await postWebhook(client, raw.replace('"45000"', '"45001"'), waveSigned(raw)),
      await postWebhook(client, raw, waveSigned(raw, now - 10 * 60)),
      await postWebhook(client, raw, 'v1=abc'),
    ]
    for (const response of refused) {
      response.assertStatus(401)
      assert.equal(response.body().errors[0].code, 'E_BAD_SIGNATURE')
    }
    assert.lengthOf(await PaymentCallback.all(), 0)
    assert.lengthOf(wave.queue.sent, 0)
    assert.equal(await escrowOf(order.id), 0)
  })

  test('a signed event whose amount, currency or session is not the attempt’s moves nothing', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const started = await payByWave(client, world, order.id)
    const paid = wave.complete('cos-test1')

    const raws = [
      waveEvent('checkout.session.completed', { ...paid, amount: '1' }, 'AE_amount'),
      waveEvent('checkout.session.completed', { ...paid, currency: 'XAF' }, 'AE_currency'),
      // Another session claiming our attempt by its client_reference.
      waveEvent('checkout.session.completed', { ...paid, id: 'cos-other' }, 'AE_session'),
    ]
    for (const raw of raws) await deliver(client, raw)
    await wave.queue.drain()

    const payment = await Payment.findOrFail(started.id)
    assert.equal(payment.status, 'pending')
    assert.equal(await escrowOf(order.id), 0)
    const outcomes = await PaymentCallback.query().where('payment_id', payment.id).orderBy('id')
    assert.deepEqual(
      outcomes.map((callback) => callback.outcome),
      ['mismatch', 'mismatch', 'mismatch']
    )
    assert.lengthOf(wave.calls('GET', '/v1/checkout/sessions/'), 0)
  })

  test('a failed payment expires the session and fails the attempt with the reason; a new attempt is allowed', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    world.shipper.locale = 'fr'
    await world.shipper.save()
    const started = await payByWave(client, world, order.id)
    const session = wave.sessions.get('cos-test1')
    Object.assign(session, {
      payment_status: 'cancelled',
      last_payment_error: { code: 'insufficient-funds', message: 'Insufficient funds' },
    })
    await deliver(client, waveEvent('checkout.session.payment_failed', session))
    await wave.queue.drain()

    // Expired first, so the payer cannot pay a session we call failed.
    assert.lengthOf(wave.calls('POST', '/v1/checkout/sessions/cos-test1/expire'), 1)
    assert.equal(session.checkout_status, 'expired')
    const listed = await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.shipper)
    assert.deepInclude(listed.body().data[0], {
      id: started.id,
      status: 'failed',
      failureReason: 'insufficient_funds',
      failureMessage: 'Le solde du compte mobile money est insuffisant.',
      checkoutUrl: null,
    })
    const retry = await payByWave(client, world, order.id)
    assert.equal(retry.status, 'pending')
  })

  test('events of other types and sessions we never opened are acknowledged and change nothing', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    await payByWave(client, world, order.id)
    const stranger = { ...wave.complete('cos-test1'), id: 'cos-stranger', client_reference: null }
    await deliver(client, waveEvent('checkout.session.completed', stranger))
    await deliver(client, waveEvent('merchant.payment_received', {}))
    assert.lengthOf(await PaymentCallback.all(), 0)
    assert.lengthOf(wave.queue.sent, 0)
  })

  test('Wave collects francs only and M-Pesa shillings only: the other provider is refused with 422', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const mpesa = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa', phone: '77 123 45 67' })
      .loginAs(world.shipper)
    mpesa.assertStatus(422)
    assert.equal(mpesa.body().errors[0].field, 'provider')

    const kenyan = await makeAssignedOrder(world.shipper, world.carrier)
    const wavePay = await client
      .post(`/api/v1/orders/${kenyan.id}/payments`)
      .json({ provider: 'wave', phone: '0722 000 000' })
      .loginAs(world.shipper)
    wavePay.assertStatus(422)
    assert.lengthOf(await Payment.all(), 0)
  })

  test('a signed event is judged by Wave’s rules, not the API’s edge rules: a NUL in a name still pays', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const started = await payByWave(client, world, order.id)
    const session = { ...wave.complete('cos-test1'), business_name: 'Njia\u0000Dakar' }
    await deliver(client, waveEvent('checkout.session.completed', session))
    await wave.queue.drain()
    const payment = await Payment.findOrFail(started.id)
    assert.equal(payment.status, 'received')
  })

  test('a session the payer left open is expired by reconciliation after 30 minutes, so the shipper can pay another way', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const started = await payByWave(client, world, order.id)
    const payments = await app.container.make(PaymentService)

    assert.deepEqual(await payments.reconcile(DateTime.now().plus({ minutes: 10 })), {
      [started.id]: 'pending',
    })
    assert.lengthOf(wave.calls('POST', '/v1/checkout/sessions/cos-test1/expire'), 0)

    assert.deepEqual(await payments.reconcile(DateTime.now().plus({ minutes: 31 })), {
      [started.id]: 'failed',
    })
    assert.lengthOf(wave.calls('POST', '/v1/checkout/sessions/cos-test1/expire'), 1)
    const payment = await Payment.findOrFail(started.id)
    assert.deepInclude(payment.toJSON(), { status: 'failed', failureReason: 'timeout' })
    const again = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'wave', phone: '77 123 45 67' })
      .loginAs(world.shipper)
    again.assertStatus(201)
  })
})
