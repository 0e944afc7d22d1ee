import { test } from '@japa/runner'
import type { ApiResponse } from '@japa/api-client'
import emitter from '@adonisjs/core/services/emitter'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import PaymentService from '#money/services/payment_service'
import app from '@adonisjs/core/services/app'
import { owners } from '#money/ledger_accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import {
  cancelledCallback,
  fixture,
  SANDBOX,
  successCallback,
  useFakeDaraja,
} from '#tests/money_fixtures'

type Daraja = Awaited<ReturnType<typeof useFakeDaraja>>

const escrowOf = (orderId: number) =>
  new LedgerService().balance({
    owner: owners.order(orderId),
    purpose: 'order_escrow',
    currency: 'KES',
  })

const expectStatus = (response: ApiResponse, status: number) => response.assertStatus(status)

async function statusOf(orderId: number) {
  const payment = await Payment.findByOrFail('order_id', orderId)
  return payment.status
}

/** The STK push we sent, parsed, and the path of its callback URL. */
function lastPush(daraja: Daraja) {
  const push = daraja.calls('/mpesa/stkpush')
  const body = JSON.parse(push[push.length - 1].raw.toString())
  return { body, callbackPath: new URL(body.CallBackURL).pathname }
}

async function setUp() {
  const world = await makeWorld()
  const order = await makeAssignedOrder(world.shipper, world.carrier)
  return { world, order }
}

test.group('Money: M-Pesa STK push pay-in', (group) => {
  isolateDatabase(group)
  const daraja = standInForEachTest(group, useFakeDaraja)

  test('the shipper pays by STK push; the confirmed callback puts the price in escrow once, a replay changes nothing', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const received: unknown[] = []
    const listener = (event: unknown) => received.push(event)
    emitter.on('money:payment_received', listener)

    const started = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa', phone: '0722 000 000' })
      .loginAs(world.shipper)
    started.assertStatus(201)
    assert.deepInclude(started.body(), {
      status: 'pending',
      amount: 4_500_000,
      currency: 'KES',
      phone: '+254 •••• 0000',
      failureReason: null,
    })

    const { body: push, callbackPath } = lastPush(daraja)
    const request = daraja.calls('/mpesa/stkpush')[0]
    assert.equal(request.headers.authorization, 'Bearer c9SQxWWhmdVRlyh0zh8gZDTkubVF')
    assert.match(push.Timestamp, /^\d{14}$/)
    assert.equal(
      push.Password,
      Buffer.from(`${SANDBOX.shortcode}${SANDBOX.passkey}${push.Timestamp}`).toString('base64')
    )
    assert.deepInclude(push, {
      BusinessShortCode: '174379',
      TransactionType: 'CustomerPayBillOnline',
      Amount: '45000',
      PartyA: '254722000000',
      PhoneNumber: '254722000000',
      AccountReference: `NJIA-${order.id}`,
    })
    assert.isAtMost(push.AccountReference.length, 12)
    assert.isAtMost(push.TransactionDesc.length, 13)
    assert.match(callbackPath, /^\/api\/v1\/webhooks\/mpesa\/stk\/[A-Za-z0-9_-]{43}$/)

    const checkout = fixture('daraja-stk-push-response.json').CheckoutRequestID
    const callback = successCallback(checkout, 45000)
    const ack = await client.post(callbackPath).json(callback)
    ack.assertStatus(200)
    assert.deepEqual(ack.body(), fixture('daraja-stk-callback-ack-response.json'))
    // Answered at once; nothing moves before the job asked Daraja.
    assert.equal(await escrowOf(order.id), 0)

    await daraja.queue.drain()
    const payment = await Payment.findByOrFail('order_id', order.id)
    assert.equal(payment.status, 'received')
    assert.equal(payment.providerReceipt, 'NLJ7RT61SV')
    assert.equal(await escrowOf(order.id), 4_500_000)
    assert.lengthOf(daraja.calls('/mpesa/stkpushquery'), 1)
    // One OAuth token served the push and the query.
    assert.lengthOf(daraja.calls('/oauth'), 1)

    for (let i = 0; i < 3; i++) {
      const again = await client.post(callbackPath).json(callback)
      again.assertStatus(200)
    }
    await daraja.queue.drain()
    assert.equal(await escrowOf(order.id), 4_500_000)
    assert.lengthOf(await PaymentCallback.query().where('payment_id', payment.id), 1)
    const journals = await db.from('ledger_journals').where('order_id', order.id)
    assert.lengthOf(journals, 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
    emitter.off('money:payment_received', listener)
    assert.lengthOf(received, 1)

    const listed = await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.shipper)
    listed.assertStatus(200)
    assert.deepInclude(listed.body().data[0], { status: 'received', receipt: 'NLJ7RT61SV' })
  })

  test('a cancelled prompt fails the attempt with a clear reason in the payer’s language; a new attempt is allowed', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    world.shipper.locale = 'fr'
    await world.shipper.save()
    await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa' })
      .loginAs(world.shipper)
    daraja.answers.query = () => ({
      status: 200,
      body: {
        ...fixture('daraja-stk-query-response.json'),
        ResultCode: '1032',
        ResultDesc: 'Request cancelled by user',
      },
    })
    const checkout = fixture('daraja-stk-push-response.json').CheckoutRequestID
    await client.post(lastPush(daraja).callbackPath).json(cancelledCallback(checkout))
    await daraja.queue.drain()

    const listed = await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.shipper)
    assert.deepInclude(listed.body().data[0], {
      status: 'failed',
      failureReason: 'cancelled',
      failureMessage: 'Vous avez annulé le paiement sur votre téléphone.',
    })
    assert.equal(await escrowOf(order.id), 0)

    daraja.answers.push = () => ({
      status: 200,
      body: { ...fixture('daraja-stk-push-response.json'), CheckoutRequestID: 'ws_CO_second' },
    })
    const retry = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa' })
      .loginAs(world.shipper)
    retry.assertStatus(201)
    assert.equal(retry.body().status, 'pending')
  })

  test('a callback whose amount is not the price, or whose id is another request’s, changes nothing', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa' })
      .loginAs(world.shipper)
    const { callbackPath } = lastPush(daraja)
    const checkout = fixture('daraja-stk-push-response.json').CheckoutRequestID

    expectStatus(await client.post(callbackPath).json(successCallback(checkout, 1)), 200)
    expectStatus(
      await client.post(callbackPath).json(successCallback('ws_CO_someone_else', 45000)),
      200
    )
    await daraja.queue.drain()

    const payment = await Payment.findByOrFail('order_id', order.id)
    assert.equal(payment.status, 'pending')
    assert.equal(await escrowOf(order.id), 0)
    const outcomes = await PaymentCallback.query().where('payment_id', payment.id).orderBy('id')
    assert.deepEqual(
      outcomes.map((c) => c.outcome),
      ['mismatch', 'mismatch']
    )
    assert.lengthOf(daraja.calls('/mpesa/stkpushquery'), 0)
  })

  test('an unknown callback token or an unreadable body is refused and stores nothing', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa' })
      .loginAs(world.shipper)
    const checkout = fixture('daraja-stk-push-response.json').CheckoutRequestID

    const forged = await client
      .post(`/api/v1/webhooks/mpesa/stk/${'x'.repeat(43)}`)
      .json(successCallback(checkout, 45000))
    forged.assertStatus(404)
    const garbled = await client.post(lastPush(daraja).callbackPath).json({ hello: 'world' })
    garbled.assertStatus(400)
    assert.equal(garbled.body().errors[0].code, 'E_BAD_CALLBACK')
    assert.lengthOf(await PaymentCallback.all(), 0)
    assert.lengthOf(daraja.queue.sent, 0)
  })

  test('a callback that says paid while the STK query says still processing waits, then applies once', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa' })
      .loginAs(world.shipper)
    daraja.answers.query = () => ({
      status: 500,
      body: fixture('daraja-stk-query-pending-error.json'),
    })
    const checkout = fixture('daraja-stk-push-response.json').CheckoutRequestID
    await client.post(lastPush(daraja).callbackPath).json(successCallback(checkout, 45000))

    await assert.rejects(() => daraja.queue.drain(), /still processes/)
    assert.equal(await statusOf(order.id), 'pending')
    assert.equal(await escrowOf(order.id), 0)

    // pg-boss retries the job: the query now answers.
    daraja.answers.query = () => ({ status: 200, body: fixture('daraja-stk-query-response.json') })
    const callback = await PaymentCallback.firstOrFail()
    await app.container
      .make(PaymentService)
      .then((s) => s.confirm(callback.paymentId!, callback.id))
    assert.equal(await statusOf(order.id), 'received')
    assert.equal(await escrowOf(order.id), 4_500_000)
  })

  test('a callback that arrives before our STK request returned is matched by its token and applied', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    // Daraja does not answer the push in time: the attempt waits without Daraja's id.
    daraja.answers.push = () => ({ status: 200, body: 'not json' })
    const started = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa' })
      .loginAs(world.shipper)
    started.assertStatus(201)
    const pending = await Payment.findByOrFail('order_id', order.id)
    assert.isNull(pending.providerRef)

    await client.post(lastPush(daraja).callbackPath).json(successCallback('ws_CO_early', 45000))
    await daraja.queue.drain()
    const payment = await Payment.findByOrFail('order_id', order.id)
    assert.deepInclude(payment.toJSON(), { status: 'received', providerRef: 'ws_CO_early' })
    assert.equal(await escrowOf(order.id), 4_500_000)
  })

  test('reconciliation asks Daraja about an attempt whose callback never came', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa' })
      .loginAs(world.shipper)
    const payments = await app.container.make(PaymentService)
    assert.deepEqual(await payments.reconcile(), {})
    const outcomes = await payments.reconcile(DateTime.now().plus({ minutes: 10 }))
    const payment = await Payment.findByOrFail('order_id', order.id)
    assert.deepEqual(outcomes, { [payment.id]: 'received' })
    assert.equal(payment.status, 'received')
    assert.equal(await escrowOf(order.id), 4_500_000)
  })

  test('only the shipper side pays, once, a mobile money order a carrier has; the provider’s refusal is the reason', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const pay = (
      user: typeof world.shipper,
      orderId = order.id,
      body: object = { provider: 'mpesa' }
    ) => client.post(`/api/v1/orders/${orderId}/payments`).json(body).loginAs(user)

    expectStatus(await pay(world.carrier.driver), 403)
    expectStatus(await pay(world.otherShipper), 404)
    expectStatus(
      await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.carrier.driver),
      403
    )
    expectStatus(
      await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.otherShipper),
      404
    )
    const senegalese = await pay(world.shipper, order.id, {
      provider: 'mpesa',
      phone: '+221771234567',
    })
    senegalese.assertStatus(422)
    assert.equal(senegalese.body().errors[0].field, 'phone')
    const cash = await makeAssignedOrder(world.shipper, world.carrier, { paymentMethod: 'cash' })
    const cashRefused = await pay(world.shipper, cash.id)
    cashRefused.assertStatus(409)
    assert.equal(cashRefused.body().errors[0].code, 'E_CASH_ORDER')
    const draft = await makeAssignedOrder(world.shipper, world.carrier, { status: 'draft' })
    expectStatus(await pay(world.shipper, draft.id), 409)

    expectStatus(await pay(world.colleague), 201)
    const twice = await pay(world.shipper)
    twice.assertStatus(409)
    assert.equal(twice.body().errors[0].code, 'E_PAYMENT_PENDING')
    assert.lengthOf(await Payment.query().where('order_id', order.id), 1)

    // Daraja refuses the request outright: the attempt fails with the reason, nothing is pending.
    const other = await makeAssignedOrder(world.shipper, world.carrier)
    daraja.answers.push = () => ({
      status: 400,
      body: fixture('daraja-stk-push-error-response.json'),
    })
    const refused = await pay(world.shipper, other.id)
    refused.assertStatus(201)
    assert.deepInclude(refused.body(), { status: 'failed', failureReason: 'declined' })
  })
})
