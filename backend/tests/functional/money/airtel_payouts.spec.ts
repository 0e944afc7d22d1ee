import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import Payout from '#money/models/payout'
import SendPayoutJob from '#money/jobs/send_payout_job'
import StuckPayoutsJob from '#money/jobs/stuck_payouts_job'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import PayoutService from '#money/services/payout_service'
import PayoutGateways from '#money/services/payout_gateways'
import { owners } from '#money/ledger_accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { completedPaidOrder, sentJournals } from '#tests/money_fixtures'
import { makeCooperative } from '#tests/collections_fixtures'
import { AIRTEL_PAYOUT_PIN, decryptedPin, useFakeAirtelPayouts } from '#tests/airtel_fixtures'

/** A paid TZS 45,000 order in Dar es Salaam, confirmed by its shipper: settled, its payout queued. */
const completedTzsOrder = (client: ApiClient) =>
  completedPaidOrder(client, {
    order: { currency: 'TZS', priceAmount: 4_500_000 },
    ownerPhone: '+255681234567',
  })

const tzs = (organisationId: number, purpose: 'payout_in_flight' | 'carrier_payable') =>
  new LedgerService().balance({
    owner: owners.organisation(organisationId),
    purpose,
    currency: 'TZS',
  })

/** The payout's request time moved past the stuck threshold, so the stuck-payouts job asks about it. */
const ageing = (payout: Payout) =>
  Payout.query()
    .where('id', payout.id)
    .update({ requested_at: DateTime.now().minus({ hours: 1 }).toJSDate() })

test.group('Money: carrier payouts in TZS and UGX by Airtel Money disbursement', (group) => {
  isolateDatabase(group)
  const airtel = standInForEachTest(group, useFakeAirtelPayouts)

  test('a Tanzanian carrier’s net leaves by Airtel disbursement in its wire format, once, with the PIN encrypted', async ({
    client,
    assert,
  }) => {
    const { world, order } = await completedTzsOrder(client)
    await airtel.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { provider: 'airtel', currency: 'TZS', amount: 4_050_000 })
    const [request] = airtel.requests()
    assert.include(request.headers, {
      'authorization': 'Bearer *****',
      'x-country': 'TZ',
      'x-currency': 'TZS',
    })
    assert.deepEqual(request.body.payee, { msisdn: '681234567', wallet_type: 'NORMAL' })
    assert.deepEqual(request.body.transaction, {
      amount: 40_500,
      id: `NJIA-${payout.id}-1`,
      type: 'B2C',
    })
    assert.equal(request.body.reference, `Order${order.id}`)
    assert.notEqual(request.body.pin, AIRTEL_PAYOUT_PIN)
    assert.equal(decryptedPin(request.body.pin), AIRTEL_PAYOUT_PIN)
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', providerReceipt: 'TZ-PARTNER-1' })

    // The job runs again (a crash after Airtel answered): nothing leaves twice.
    await airtel.queue.send(SendPayoutJob, { payoutId: payout.id })
    await airtel.queue.drain()
    assert.lengthOf(airtel.requests(), 1)
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await tzs(world.carrier.organisation.id, 'payout_in_flight'), 0)
    assert.equal(await tzs(world.carrier.organisation.id, 'carrier_payable'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a lost answer is sent again with the same transaction id: Airtel refuses it as a duplicate and the enquiry settles it once', async ({
    client,
    assert,
  }) => {
    const send = airtel.answers.send
    // Airtel paid but its answer was lost.
    airtel.answers.send = () => ({ status: 504, body: { status: { message: 'Gateway timeout' } } })
    const { world, order } = await completedTzsOrder(client)
    await assert.rejects(() => airtel.queue.drain())
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.equal(payout.status, 'sending')

    airtel.answers.send = send
    await airtel.queue.send(SendPayoutJob, { payoutId: payout.id })
    await airtel.queue.drain()
    assert.deepEqual(
      airtel.requests().map((request) => request.body.transaction.id),
      [`NJIA-${payout.id}-1`, `NJIA-${payout.id}-1`]
    )
    assert.lengthOf(airtel.byId, 1)
    assert.lengthOf(airtel.enquiries(), 1)
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', providerReceipt: 'TZ-PARTNER-1' })
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await tzs(world.carrier.organisation.id, 'payout_in_flight'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('an undecided disbursement waits; the stuck-payouts enquiry settles it once, however often it asks', async ({
    client,
    assert,
  }) => {
    airtel.answers.status = 'TIP'
    airtel.answers.code = 'DP00900001000'
    const { world, order } = await completedTzsOrder(client)
    await airtel.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.equal(payout.status, 'sending')

    // Not stuck yet: nobody asks.
    await airtel.queue.send(StuckPayoutsJob, {})
    await airtel.queue.drain()
    assert.lengthOf(airtel.enquiries(), 0)

    Object.assign(airtel.byId.get(`NJIA-${payout.id}-1`), { status: 'TS', code: 'DP00900001001' })
    await ageing(payout)
    await airtel.queue.send(StuckPayoutsJob, {})
    await airtel.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', providerReceipt: 'TZ-PARTNER-1' })
    await ageing(payout)
    const payouts = await app.container.make(PayoutService)
    await payouts.checkStuck()
    assert.lengthOf(airtel.requests(), 1)
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await tzs(world.carrier.organisation.id, 'payout_in_flight'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a transaction Airtel never received is resent with the same id after the enquiry says so', async ({
    client,
    assert,
  }) => {
    // Our request never reached Airtel.
    const send = airtel.answers.send
    airtel.answers.send = () => ({ status: 502, body: {} })
    const { order } = await completedTzsOrder(client)
    await assert.rejects(() => airtel.queue.drain())
    const payout = await Payout.findByOrFail('order_id', order.id)
    airtel.byId.clear()
    airtel.answers.send = send
    await ageing(payout)
    await airtel.queue.send(StuckPayoutsJob, {})
    await airtel.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'unreachable' })

    // An operator sends it again: the same id, as its outcome was unknown.
    const payouts = await app.container.make(PayoutService)
    await db.transaction((trx) => payouts.retry(payout, trx))
    await airtel.queue.drain()
    assert.deepEqual(
      airtel.requests().map((request) => request.body.transaction.id),
      [`NJIA-${payout.id}-1`, `NJIA-${payout.id}-1`]
    )
    await payout.refresh()
    assert.equal(payout.status, 'sent')
    assert.equal(await sentJournals(payout.id), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('Airtel’s refusals become clear reasons; the money waits in flight for an operator', async ({
    client,
    assert,
  }) => {
    airtel.answers.status = 'TF'
    airtel.answers.code = 'DP00900001012'
    const { world, order } = await completedTzsOrder(client)
    await airtel.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'recipient_invalid' })
    assert.equal(await tzs(world.carrier.organisation.id, 'payout_in_flight'), 4_050_000)
    const listed = await client.get('/api/v1/admin/payouts?attention=true').loginAs(world.admin)
    assert.equal(
      listed.body().data[0].failureMessage,
      'The payout number cannot receive mobile money. Check the number.'
    )
    assert.equal(await sentJournals(payout.id), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a Ugandan carrier is paid in whole shillings; Airtel pays no currency it is not configured for', async ({
    client,
    assert,
  }) => {
    const { order } = await completedPaidOrder(client, {
      order: { currency: 'UGX', priceAmount: 150_000 },
      ownerPhone: '+256752123456',
    })
    await airtel.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { provider: 'airtel', status: 'sent', amount: 135_000 })
    const [request] = airtel.requests()
    assert.include(request.headers, { 'x-country': 'UG', 'x-currency': 'UGX' })
    assert.equal(request.body.transaction.amount, 135_000)
    assert.equal(request.body.payee.msisdn, '752123456')

    const gateways = await app.container.make(PayoutGateways)
    assert.isTrue(gateways.has('airtel', 'UGX'))
    assert.isFalse(gateways.has('airtel', 'KES'))
  })

  test('a Ugandan cooperative’s farmer is paid by Airtel through the payout path a run approval takes, once', async ({
    assert,
  }) => {
    const coop = await makeCooperative('Mbarara Dairy')
    const payouts = await app.container.make(PayoutService)
    const provider = payouts.providerFor('UGX')
    assert.equal(provider, 'airtel')
    const owner = owners.organisation(coop.organisation.id)
    const payout = await db.transaction(async (trx) => {
      // What approving a run posts before it pays each farmer.
      await new LedgerService().post(
        {
          idempotencyKey: `test:run:${coop.organisation.id}`,
          kind: 'farmer_payout_run_approved',
          legs: [
            {
              account: { owner, purpose: 'cooperative_receivable' },
              amount: 52_000,
              currency: 'UGX',
            },
            { account: { owner, purpose: 'farmer_payable' }, amount: -52_000, currency: 'UGX' },
          ],
        },
        trx
      )
      return payouts.create(
        {
          kind: 'farmer',
          idempotencyKey: `payout_run:test:farmer:1`,
          organisationId: coop.organisation.id,
          provider: provider!,
          amount: 52_000,
          currency: 'UGX',
          phone: '+256752000111',
          reason: 'Milk 2026-11',
        },
        trx
      )
    })
    await airtel.queue.drain()
    await airtel.queue.send(SendPayoutJob, { payoutId: payout.id })
    await airtel.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { provider: 'airtel', status: 'sent' })
    assert.lengthOf(airtel.requests(), 1)
    assert.deepInclude(airtel.requests()[0].body, {
      payee: { msisdn: '752000111', wallet_type: 'NORMAL' },
      reference: 'Milk202611',
    })
    assert.equal(await sentJournals(payout.id), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })
})
