import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import QueueService from '#core/services/queue_service'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import PaymentGateways from '#money/services/payment_gateways'
import SimulatedMpesaProvider from '#money/providers/simulated_mpesa_provider'
import SimulatedAirtelProvider from '#money/providers/simulated_airtel_provider'
import moneyConfig from '#config/money'
import SimulatedPhone from '#money/providers/simulated_phone'
import { asInProduction, isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { RecordingQueue } from '#tests/notifications_fixtures'
import { settledBySimulator } from '#tests/money_fixtures'
import type { ApiClient } from '@japa/api-client'
import type User from '#accounts/models/user'
import type { Carrier } from '#tests/fixtures/marketplace'

async function startPayment(
  client: ApiClient,
  shipper: User,
  carrier: Carrier,
  phone: string,
  provider: 'mpesa' | 'airtel' = 'mpesa'
) {
  const order = await makeAssignedOrder(shipper, carrier)
  const started = await client
    .post(`/api/v1/orders/${order.id}/payments`)
    .json({ provider, phone })
    .loginAs(shipper)
  started.assertStatus(201)
  return Payment.findOrFail(started.body().id)
}

function answer(client: ApiClient, payment: Payment, choice: string) {
  return client
    .post(`/api/v1/dev/phone/prompts/${encodeURIComponent(payment.providerRef!)}`)
    .form({ answer: choice })
    .redirects(0)
}

test.group(
  'Money: the development phone answers the M-Pesa and Airtel simulators by hand',
  (group) => {
    isolateDatabase(group)
    let queue: RecordingQueue
    group.each.setup(async () => {
      queue = new RecordingQueue()
      // The automatic answer would come long after the test: only the hand answers the prompt.
      const simulated = { answerAfterMs: 30_000, duplicateRate: 1 }
      const phone = await app.container.make(SimulatedPhone)
      const mpesa = new SimulatedMpesaProvider(simulated, phone)
      // Airtel signs its callbacks with the key the route checks, when one is set.
      const before = moneyConfig.airtel.callbackSecret
      moneyConfig.airtel.callbackSecret = 'airtel-simulator-key'
      const airtel = new SimulatedAirtelProvider(
        { ...simulated, callbackSecret: 'airtel-simulator-key' },
        phone
      )
      app.container.swap(PaymentGateways, () => new PaymentGateways({ mpesa, airtel }))
      app.container.swap(QueueService, () => queue)
      return () => {
        moneyConfig.airtel.callbackSecret = before
        app.container.restoreAll([PaymentGateways, QueueService])
      }
    })

    test('a phone lists its own prompts only; paying sends one success and the payment is paid', async ({
      client,
      assert,
    }) => {
      const world = await makeWorld()
      const mine = await startPayment(client, world.shipper, world.carrier, '0712 345 678')
      const other = await startPayment(client, world.shipper, world.carrier, '0722 000 111')

      const page = await client.get('/api/v1/dev/phone').qs({ phone: '+254712345678' })
      page.assertStatus(200)
      assert.include(page.text(), mine.providerRef!)
      assert.notInclude(page.text(), other.providerRef!)
      assert.include(page.text(), 'Enter PIN and pay')

      const paid = await answer(client, mine, 'pay')
      paid.assertStatus(303)
      assert.equal(paid.header('location'), '/api/v1/dev/phone?phone=%2B254712345678')
      await settledBySimulator(queue, mine)
      assert.equal(mine.status, 'received')
      const callbacks = await PaymentCallback.query().where('payment_id', mine.id)
      assert.lengthOf(callbacks, 1)
      const after = await client.get('/api/v1/dev/phone').qs({ phone: '+254712345678' })
      assert.notInclude(after.text(), mine.providerRef!)

      const again = await answer(client, mine, 'cancel')
      again.assertStatus(409)
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      await queue.drain()
      await mine.refresh()
      assert.equal(mine.status, 'received')
      const otherCancelled = await answer(client, other, 'cancel') // leaves no timer behind
      otherCancelled.assertStatus(303)
      await settledBySimulator(queue, other)
    })

    test('cancelling fails the payment as cancelled; a wrong PIN as its own reason', async ({
      client,
      assert,
    }) => {
      const world = await makeWorld()
      const cancelled = await startPayment(client, world.shipper, world.carrier, '0712 345 678')
      const cancelAnswer = await answer(client, cancelled, 'cancel')
      cancelAnswer.assertStatus(303)
      await settledBySimulator(queue, cancelled)
      assert.deepInclude(cancelled.toJSON(), { status: 'failed', failureReason: 'cancelled' })

      queue.sent.length = 0
      const mistyped = await startPayment(client, world.shipper, world.carrier, '0712 345 678')
      const wrongPin = await answer(client, mistyped, 'wrong_pin')
      wrongPin.assertStatus(303)
      await settledBySimulator(queue, mistyped)
      assert.equal(mistyped.status, 'failed')
      assert.notEqual(mistyped.failureReason, 'cancelled')
      const phone = await app.container.make(SimulatedPhone)
      assert.isEmpty(phone.pendingFor('+254712345678'))
    })

    test('an unknown prompt or answer changes nothing', async ({ client, assert }) => {
      const world = await makeWorld()
      const payment = await startPayment(client, world.shipper, world.carrier, '0712 345 678')
      const unknownAnswer = await answer(client, payment, 'maybe')
      unknownAnswer.assertStatus(422)
      const unknownPrompt = await client
        .post('/api/v1/dev/phone/prompts/ws_CO_nope')
        .form({ answer: 'pay' })
        .redirects(0)
      unknownPrompt.assertStatus(404)
      await payment.refresh()
      assert.equal(payment.status, 'pending')
      const cancelAnswer = await answer(client, payment, 'cancel')
      cancelAnswer.assertStatus(303)
      await settledBySimulator(queue, payment)
    })

    test('an Airtel Money prompt is on the same phone; paying sends Airtel’s callback, applied once', async ({
      client,
      assert,
    }) => {
      const world = await makeWorld()
      const mpesa = await startPayment(client, world.shipper, world.carrier, '0712 345 678')
      const airtel = await startPayment(
        client,
        world.shipper,
        world.carrier,
        '0712 345 678',
        'airtel'
      )

      const page = await client.get('/api/v1/dev/phone').qs({ phone: '+254712345678' })
      page.assertStatus(200)
      assert.include(page.text(), 'M-Pesa')
      assert.include(page.text(), 'Airtel Money')
      assert.include(page.text(), encodeURIComponent(airtel.providerRef!))
      assert.include(page.text(), mpesa.providerRef!)

      // The web app's link knows the payment, not the number.
      const ofPayment = await client.get(`/api/v1/dev/phone/payments/${airtel.id}`).redirects(0)
      ofPayment.assertStatus(303)
      assert.equal(ofPayment.header('location'), '/api/v1/dev/phone?phone=%2B254712345678')
      const unknown = await client
        .get(`/api/v1/dev/phone/payments/${airtel.id + 1000}`)
        .redirects(0)
      unknown.assertStatus(404)

      const paid = await answer(client, airtel, 'pay')
      paid.assertStatus(303)
      await settledBySimulator(queue, airtel)
      assert.equal(airtel.status, 'received')
      assert.match(airtel.providerReceipt!, /^MPSIM\./)
      // Sent twice (duplicateRate 1), applied once.
      assert.lengthOf(await PaymentCallback.query().where('payment_id', airtel.id), 1)
      const again = await answer(client, airtel, 'cancel')
      again.assertStatus(409)
      const after = await client.get('/api/v1/dev/phone').qs({ phone: '+254712345678' })
      assert.notInclude(after.text(), encodeURIComponent(airtel.providerRef!))
      assert.include(after.text(), mpesa.providerRef!)

      queue.sent.length = 0
      const mpesaCancelled = await answer(client, mpesa, 'cancel') // leaves no timer behind
      mpesaCancelled.assertStatus(303)
      await settledBySimulator(queue, mpesa)
    })

    test('an Airtel Money prompt answered with a wrong PIN or cancelled fails with that reason', async ({
      client,
      assert,
    }) => {
      const world = await makeWorld()
      const mistyped = await startPayment(
        client,
        world.shipper,
        world.carrier,
        '0712 345 678',
        'airtel'
      )
      const wrongPin = await answer(client, mistyped, 'wrong_pin')
      wrongPin.assertStatus(303)
      await settledBySimulator(queue, mistyped)
      assert.deepInclude(mistyped.toJSON(), { status: 'failed', failureReason: 'wrong_pin' })

      queue.sent.length = 0
      const cancelled = await startPayment(
        client,
        world.shipper,
        world.carrier,
        '0733 000 222',
        'airtel'
      )
      const cancelAnswer = await answer(client, cancelled, 'cancel')
      cancelAnswer.assertStatus(303)
      await settledBySimulator(queue, cancelled)
      assert.deepInclude(cancelled.toJSON(), { status: 'failed', failureReason: 'cancelled' })
    })

    test('the page is not there when no provider is its simulator', async ({ client }) => {
      app.container.swap(PaymentGateways, () => new PaymentGateways({}))
      const page = await client.get('/api/v1/dev/phone').qs({ phone: '+254712345678' })
      page.assertStatus(404)
    })

    test('the page and its answers are not there in production', async ({ client, assert }) => {
      const world = await makeWorld()
      const payment = await startPayment(
        client,
        world.shipper,
        world.carrier,
        '0712 345 678',
        'airtel'
      )
      await asInProduction(async () => {
        const page = await client.get('/api/v1/dev/phone').qs({ phone: '+254712345678' })
        page.assertStatus(404)
        const paid = await answer(client, payment, 'pay')
        paid.assertStatus(404)
        const ofPayment = await client.get(`/api/v1/dev/phone/payments/${payment.id}`).redirects(0)
        ofPayment.assertStatus(404)
      })
      await payment.refresh()
      assert.equal(payment.status, 'pending')
      const cancelAnswer = await answer(client, payment, 'cancel')
      cancelAnswer.assertStatus(303)
      await settledBySimulator(queue, payment)
    })
  }
)
