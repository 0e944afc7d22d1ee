import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import ace from '@adonisjs/core/services/ace'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import Payout from '#money/models/payout'
import SendPayoutJob from '#money/jobs/send_payout_job'
import StuckPayoutsJob from '#money/jobs/stuck_payouts_job'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import PayoutService from '#money/services/payout_service'
import PayoutGateways from '#money/services/payout_gateways'
import moneyConfig from '#config/money'
import OrangeRegisterCallback from '../../../commands/orange_register_callback.js'
import {
  CASHIN_NOTIFICATION_ROUTE,
  MERCHANT_CALLBACK_PATH,
} from '#money/providers/orange_cashin_wire'
import { owners } from '#money/ledger_accounts'
import { PayoutRefused } from '#money/providers/payout_provider'
import SimulatedOrangeCashinProvider from '#money/providers/simulated_orange_cashin_provider'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { completedPaidOrder, fixture, markPaid, sentJournals } from '#tests/money_fixtures'
import { decryptedPin } from '#tests/airtel_fixtures'
import {
  ORANGE_CASHIN_API_KEY,
  ORANGE_CASHIN_PIN,
  orangeCashinNotification,
  useFakeOrangeCashin,
} from '#tests/orange_money_fixtures'

/** A paid 45,000 FCFA order in Dakar, confirmed by its shipper: settled, its payout queued. */
const completedXofOrder = (client: ApiClient) =>
  completedPaidOrder(client, {
    order: { currency: 'XOF', priceAmount: 45_000 },
    ownerPhone: '+221771234567',
  })

const inFlight = (organisationId: number) =>
  new LedgerService().balance({
    owner: owners.organisation(organisationId),
    purpose: 'payout_in_flight',
    currency: 'XOF',
  })

const escrow = (orderId: number) =>
  new LedgerService().balance({
    owner: owners.order(orderId),
    purpose: 'order_escrow',
    currency: 'XOF',
  })

const ageing = (payout: Payout) =>
  Payout.query()
    .where('id', payout.id)
    .update({ requested_at: DateTime.now().minus({ hours: 1 }).toJSDate() })

const notify = (client: ApiClient, body: unknown, apiKey = ORANGE_CASHIN_API_KEY) =>
  client
    .post('/api/v1/webhooks/orange_money_cashin')
    .header('authorization', `Basic ${apiKey}`)
    .json(body)

test.group('Money: Orange Money cash-in (payouts and refunds to Orange wallets)', (group) => {
  isolateDatabase(group)
  const orange = standInForEachTest(group, useFakeOrangeCashin)

  test('a Senegalese carrier’s net leaves by Orange cash-in in its wire format, once, the PIN encrypted with Orange’s key', async ({
    client,
    assert,
  }) => {
    const { world, order } = await completedXofOrder(client)
    await orange.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { provider: 'orange_money', amount: 40_500 })
    const [request] = orange.cashins()
    assert.deepEqual(request.customer, { idType: 'MSISDN', id: '771234567' })
    assert.deepEqual(request.amount, { value: 40_500, unit: 'XOF' })
    assert.equal(request.reference, `NJIA-${payout.id}-1`)
    assert.equal(request.partner.id, '771000000')
    assert.equal(decryptedPin(request.partner.encryptedPinCode), ORANGE_CASHIN_PIN)
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', providerReceipt: 'CI1234.5678.1' })

    // The job runs again (a crash after Orange answered): the search finds it, nothing leaves twice.
    await orange.queue.send(SendPayoutJob, { payoutId: payout.id })
    await orange.queue.drain()
    assert.lengthOf(orange.cashins(), 1)
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await inFlight(world.carrier.organisation.id), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a lost answer is never sent again blindly: the search by our reference finds what Orange made and settles it once', async ({
    client,
    assert,
  }) => {
    const cashin = orange.answers.cashin
    orange.answers.cashin = () => ({ status: 504, body: { title: 'Gateway timeout' } })
    const { world, order } = await completedXofOrder(client)
    await assert.rejects(() => orange.queue.drain())
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.equal(payout.status, 'sending')

    orange.answers.cashin = cashin
    await orange.queue.send(SendPayoutJob, { payoutId: payout.id })
    await orange.queue.drain()
    assert.lengthOf(orange.cashins(), 1)
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', providerReceipt: 'CI1234.5678.1' })
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await inFlight(world.carrier.organisation.id), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a cash-in Orange never received is not resent by the job; once the search says so, an operator’s retry sends it once', async ({
    client,
    assert,
  }) => {
    const cashin = orange.answers.cashin
    // Our request never reached Orange.
    orange.answers.cashin = () => ({ status: 502, body: {} })
    const { order } = await completedXofOrder(client)
    await assert.rejects(() => orange.queue.drain())
    const payout = await Payout.findByOrFail('order_id', order.id)
    orange.byReference.clear()
    orange.answers.cashin = cashin

    // The job's retry finds nothing yet and sends nothing: Orange might still be processing it.
    await orange.queue.send(SendPayoutJob, { payoutId: payout.id })
    await assert.rejects(() => orange.queue.drain())
    assert.lengthOf(orange.cashins(), 1)

    await ageing(payout)
    await orange.queue.send(StuckPayoutsJob, {})
    await orange.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'unreachable' })

    const payouts = await app.container.make(PayoutService)
    await db.transaction((trx) => payouts.retry(payout, trx))
    await orange.queue.drain()
    assert.deepEqual(
      orange.cashins().map((request) => request.reference),
      [`NJIA-${payout.id}-1`, `NJIA-${payout.id}-1`]
    )
    await payout.refresh()
    assert.equal(payout.status, 'sent')
    assert.equal(await sentJournals(payout.id), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a pending cash-in is settled once by Orange’s notification, whatever the order and however often it comes; the notification alone moves nothing', async ({
    client,
    assert,
  }) => {
    orange.answers.status = 'PENDING'
    const { world, order } = await completedXofOrder(client)
    await orange.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.equal(payout.status, 'sending')
    const transaction = orange.byReference.get(`NJIA-${payout.id}-1`)

    // A SUCCESS notification Orange's status does not confirm yet changes nothing.
    const early = await notify(
      client,
      orangeCashinNotification({ ...transaction, status: 'SUCCESS' })
    )
    early.assertStatus(200)
    await assert.rejects(() => orange.queue.drain())
    await payout.refresh()
    assert.equal(payout.status, 'sending')
    assert.equal(await sentJournals(payout.id), 0)

    transaction.status = 'SUCCESS'
    const bodies = [
      orangeCashinNotification({ ...transaction, status: 'SUCCESS' }),
      orangeCashinNotification({ ...transaction, status: 'PENDING' }),
      orangeCashinNotification({ ...transaction, status: 'SUCCESS' }),
    ]
    for (const body of bodies) {
      const ack = await notify(client, body)
      ack.assertStatus(200)
    }
    await orange.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', providerReceipt: 'CI1234.5678.1' })
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await inFlight(world.carrier.organisation.id), 0)
    assert.lengthOf(orange.cashins(), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a notification without our apiKey is refused and stored nowhere; one about a reference we never sent is acknowledged and changes nothing', async ({
    client,
    assert,
  }) => {
    const forged = await notify(client, orangeCashinNotification({}), 'not-our-key')
    forged.assertStatus(401)
    assert.equal(forged.body().errors[0].code, 'E_BAD_SIGNATURE')
    const unsigned = await client
      .post('/api/v1/webhooks/orange_money_cashin')
      .json(orangeCashinNotification({}))
    unsigned.assertStatus(401)
    const unknown = await notify(client, orangeCashinNotification({ reference: 'NJIA-999999-1' }))
    unknown.assertStatus(200)
    const unreadable = await notify(client, { hello: 'world' })
    unreadable.assertStatus(400)
    assert.lengthOf(await db.from('payment_callbacks'), 0)
    assert.lengthOf(orange.queue.sent, 0)
  })

  test('Orange’s refusals become clear reasons and the money waits in flight for an operator', async ({
    client,
    assert,
  }) => {
    orange.answers.cashin = () => ({
      status: 400,
      body: {
        ...fixture('orange-cashin-error.CONSTRUCTED.json'),
        code: '2000',
        detail: 'No account',
      },
    })
    const { world, order } = await completedXofOrder(client)
    await orange.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'recipient_invalid' })
    assert.equal(await inFlight(world.carrier.organisation.id), 40_500)
    assert.equal(await sentJournals(payout.id), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('an admin refunds an Orange Money pay-in by cash-in to the number that paid, once per key', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, {
      currency: 'XOF',
      priceAmount: 45_000,
    })
    await markPaid(order, { provider: 'orange_money', phone: '+221771234599' })
    const body = { amount: 15_000, key: 'refund-sn-1', reason: 'one pallet not loaded' }
    const refund = await client
      .post(`/api/v1/admin/orders/${order.id}/refunds`)
      .json(body)
      .loginAs(world.admin)
    refund.assertStatus(201)
    await orange.queue.drain()
    const again = await client
      .post(`/api/v1/admin/orders/${order.id}/refunds`)
      .json(body)
      .loginAs(world.admin)
    again.assertStatus(200)
    await orange.queue.drain()

    assert.lengthOf(orange.cashins(), 1)
    assert.deepEqual(orange.cashins()[0].customer, { idType: 'MSISDN', id: '771234599' })
    assert.deepEqual(orange.cashins()[0].amount, { value: 15_000, unit: 'XOF' })
    const payout = await Payout.findOrFail(refund.body().id)
    assert.include(payout.serialize(), { kind: 'refund', provider: 'orange_money', status: 'sent' })
    assert.equal(await escrow(order.id), 30_000)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('node ace orange:register-callback registers our notification URL and apiKey with Orange in its wire format and reads it back; bad input and the simulator send nothing', async ({
    assert,
    cleanup,
  }) => {
    ace.ui.switchMode('raw')
    cleanup(() => ace.ui.switchMode('normal'))
    const registered = await ace.create(OrangeRegisterCallback, ['--code', '123456'])
    await registered.exec()
    registered.assertSucceeded()
    const callbackUrl = `${moneyConfig.callbackBaseUrl}${CASHIN_NOTIFICATION_ROUTE}`
    registered.assertLogMatches(new RegExp(`merchant 123456's cash-ins to ${callbackUrl}`))
    const sent = orange.server.requests.filter((r) => r.url === MERCHANT_CALLBACK_PATH)
    assert.lengthOf(sent, 1)
    assert.equal(sent[0].headers.authorization, 'Bearer eyJhbGciOiJSUzI1NiJ9.stand-in-token')
    const body = JSON.parse(sent[0].raw.toString())
    const documented = fixture('orange-cashin-merchantcallback-request.CONSTRUCTED.json')
    delete documented._note
    assert.sameMembers(Object.keys(body), Object.keys(documented))
    assert.deepEqual(body, {
      apiKey: ORANGE_CASHIN_API_KEY,
      callbackUrl,
      code: '123456',
      name: 'Njia',
    })

    const before = orange.server.requests.length
    const bad = await ace.create(OrangeRegisterCallback, ['--code', '12 34'])
    await bad.exec()
    bad.assertFailed()
    bad.assertLogMatches(/--code must be the merchant code/)
    app.container.swap(
      PayoutGateways,
      () =>
        new PayoutGateways({
          orange_money: new SimulatedOrangeCashinProvider(
            { answerAfterMs: 60_000, duplicateRate: 0 },
            { url: 'http://127.0.0.1:9/unused', apiKey: 'key' }
          ),
        })
    )
    const simulated = await ace.create(OrangeRegisterCallback, ['--code', '123456'])
    await simulated.exec()
    simulated.assertFailed()
    simulated.assertLogMatches(/the simulator needs no registration/)
    assert.equal(orange.server.requests.length, before, 'nothing more reached Orange')
  })
})

test.group('Money: the Orange Money cash-in simulator of make dev', () => {
  const request = (phone: string, key: string) => ({
    idempotencyKey: key,
    amount: 40_500,
    currency: 'XOF',
    phone,
    remarks: 'Order 1',
    resultUrl: '',
    timeoutUrl: '',
  })
  const query = (key: string) => ({
    idempotencyKey: key,
    providerRef: null,
    amount: 40_500,
    currency: 'XOF',
    resultUrl: '',
    timeoutUrl: '',
  })

  test('pays at once, finds a key it has already paid, refuses by the phone’s last digits, and answers the status of a pending one', async ({
    assert,
  }) => {
    const simulator = new SimulatedOrangeCashinProvider(
      { answerAfterMs: 60_000, duplicateRate: 0 },
      { url: 'http://127.0.0.1:9/unused', apiKey: 'key' }
    )
    const paid = await simulator.sendPayout(request('+221771234567', 'NJIA-1-1'))
    assert.equal(paid.outcome.state, 'sent')
    const again = await simulator.sendPayout({
      ...request('+221771234567', 'NJIA-1-1'),
      resend: true,
    })
    assert.deepEqual(again, paid)
    await assert.rejects(
      () => simulator.sendPayout({ ...request('+221771234567', 'NJIA-2-1'), resend: true }),
      /no such cash-in/
    )
    const short = await simulator.sendPayout(request('+221770000001', 'NJIA-3-1')).catch((e) => e)
    assert.instanceOf(short, PayoutRefused)
    assert.equal(short.reason, 'platform_account')
    const none = await simulator.sendPayout(request('+221770002000', 'NJIA-4-1')).catch((e) => e)
    assert.equal(none.reason, 'recipient_invalid')
    const pending = await simulator.sendPayout(request('+221770009999', 'NJIA-5-1'))
    assert.equal(pending.outcome.state, 'pending')
    assert.include(await simulator.checkPayout(query('NJIA-5-1')), { state: 'sent' })
    assert.include(await simulator.checkPayout(query('NJIA-6-1')), { state: 'failed' })
  })
})
