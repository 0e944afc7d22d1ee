import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners } from '#money/ledger_accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { airtelCallback, airtelSettles, useFakeAirtel } from '#tests/airtel_fixtures'
import { airtelCallbackHash } from '#money/providers/airtel_wire'
import moneyConfig from '#config/money'

const escrowOf = (orderId: number) =>
  new LedgerService().balance({
    owner: owners.order(orderId),
    purpose: 'order_escrow',
    currency: 'UGX',
  })

/** A Kampala shipper's order, assigned at UGX 150,000. */
async function setUp() {
  const world = await makeWorld()
  const order = await makeAssignedOrder(world.shipper, world.carrier, {
    currency: 'UGX',
    priceAmount: 150_000,
  })
  return { world, order }
}

async function payByAirtel(client: ApiClient, world: { shipper: any }, orderId: number) {
  const started = await client
    .post(`/api/v1/orders/${orderId}/payments`)
    .json({ provider: 'airtel', phone: '0752 123 456' })
    .loginAs(world.shipper)
  started.assertStatus(201)
  return started.body()
}

async function callBack(client: ApiClient, body: unknown) {
  const response = await client.post('/api/v1/webhooks/airtel').json(body)
  response.assertStatus(200)
  return response
}

test.group('Money: Airtel Money collection pay-in', (group) => {
  isolateDatabase(group)
  const airtel = standInForEachTest(group, useFakeAirtel)

  test('a Kampala shipper pays by Airtel; the callback is applied once the enquiry says TS, once however often it comes', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    const offered = await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.shipper)
    assert.deepEqual(offered.body().providers, ['airtel'])

    const started = await payByAirtel(client, world, order.id)
    assert.deepInclude(started, { provider: 'airtel', status: 'pending', checkoutUrl: null })
    const [token] = airtel.calls('/auth/oauth2/token')
    assert.deepEqual(JSON.parse(token.raw.toString()), {
      client_id: 'consumer-key',
      client_secret: 'consumer-secret',
      grant_type: 'client_credentials',
    })
    const [collect] = airtel.calls('/merchant/v1/payments/')
    assert.equal(collect.headers.authorization, 'Bearer *****')
    assert.equal(collect.headers['x-country'], 'UG')
    assert.equal(collect.headers['x-currency'], 'UGX')
    const transactionId = `NJIAP${started.id}`
    assert.deepEqual(JSON.parse(collect.raw.toString()), {
      reference: `NJIA-${order.id}`,
      // The msisdn without the country code.
      subscriber: { country: 'UG', currency: 'UGX', msisdn: '752123456' },
      transaction: { amount: 150_000, country: 'UG', currency: 'UGX', id: transactionId },
    })

    // The callback before Airtel has settled it: kept, applied once the enquiry agrees.
    await callBack(client, airtelCallback(transactionId))
    assert.equal(await escrowOf(order.id), 0)
    await assert.rejects(() => airtel.queue.drain(), /still processes it/)
    const waiting = await Payment.findOrFail(started.id)
    assert.equal(waiting.status, 'pending')

    await airtelSettles(client, airtel, transactionId, 3)
    await airtel.queue.drain()
    const payment = await Payment.findOrFail(started.id)
    assert.equal(payment.status, 'received')
    assert.equal(payment.providerReceipt, 'C3648.00993.538XX.XX67')
    assert.equal(await escrowOf(order.id), 150_000)
    // One token served the collection and the enquiries.
    assert.lengthOf(airtel.calls('/auth/oauth2/token'), 1)
    const [enquiry] = airtel.calls(`/standard/v1/payments/${transactionId}`)
    assert.equal(enquiry.headers['x-country'], 'UG')
    assert.lengthOf(await PaymentCallback.query().where('payment_id', payment.id), 1)
    assert.lengthOf(await db.from('ledger_journals').where('order_id', order.id), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a forged success is refused by the enquiry; a wrong PIN fails with its reason in the payer’s language', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    world.shipper.locale = 'sw'
    await world.shipper.save()
    const started = await payByAirtel(client, world, order.id)
    const transactionId = `NJIAP${started.id}`

    // Anyone can post to the callback URL: only Airtel's enquiry moves money.
    airtel.answers.enquiry = {
      status: 'TF',
      responseCode: 'DP00800001002',
      message: 'Incorrect Pin',
    }
    await callBack(client, airtelCallback(transactionId, 'success'))
    await airtel.queue.drain()
    assert.equal(await escrowOf(order.id), 0)
    const listed = await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.shipper)
    assert.deepInclude(listed.body().data[0], {
      status: 'failed',
      failureReason: 'wrong_pin',
      failureMessage: 'PIN uliyoweka si sahihi. Jaribu tena.',
    })
  })

  test('callbacks about transactions we never started are acknowledged and change nothing; an unreadable one is 400', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    await payByAirtel(client, world, order.id)
    await callBack(client, airtelCallback('BBZMiscxy'))
    await callBack(client, airtelCallback('NJIAP999999'))
    const unreadable = await client.post('/api/v1/webhooks/airtel').json({ transaction: {} })
    unreadable.assertStatus(400)
    assert.lengthOf(await PaymentCallback.all(), 0)
    assert.lengthOf(airtel.queue.sent, 0)
  })

  test('with AIRTEL_CALLBACK_SECRET set, a callback without its hash or with a wrong one is refused (401) and stores nothing; the signed one is taken', async ({
    client,
    assert,
  }) => {
    const before = moneyConfig.airtel.callbackSecret
    moneyConfig.airtel.callbackSecret = 'airtel-private-key'
    try {
      const { world, order } = await setUp()
      const started = await payByAirtel(client, world, order.id)
      const callback = airtelCallback(`NJIAP${started.id}`)
      const signed = airtelCallbackHash('airtel-private-key', callback.transaction)
      const forged = airtelCallbackHash('another-key', callback.transaction)
      const tampered = { ...callback.transaction, airtel_money_id: 'MP000000.0000.X00000' }
      for (const body of [
        callback,
        { ...callback, hash: '' },
        { ...callback, hash: forged },
        { transaction: tampered, hash: signed },
      ]) {
        const refused = await client.post('/api/v1/webhooks/airtel').json(body)
        refused.assertStatus(401)
        assert.equal(refused.body().errors[0].code, 'E_BAD_SIGNATURE')
      }
      assert.lengthOf(await PaymentCallback.all(), 0)
      assert.lengthOf(airtel.queue.sent, 0)

      await callBack(client, { ...callback, hash: signed })
      assert.lengthOf(await PaymentCallback.query().where('payment_id', started.id), 1)
    } finally {
      moneyConfig.airtel.callbackSecret = before
    }
  })

  test('a collection Airtel refuses fails the attempt at once with the reason', async ({
    client,
    assert,
  }) => {
    const { world, order } = await setUp()
    airtel.answers.collect = () => ({
      status: 200,
      body: {
        data: {},
        status: {
          code: '200',
          message: 'Not enough balance',
          result_code: 'ESB000008',
          response_code: 'DP00800001007',
          success: false,
        },
      },
    })
    const started = await payByAirtel(client, world, order.id)
    assert.deepInclude(started, { status: 'failed', failureReason: 'insufficient_funds' })
  })
})
