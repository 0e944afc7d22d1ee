import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import AuditEvent from '#audit/models/audit_event'
import Payout from '#money/models/payout'
import { DateTime } from 'luxon'
import StuckPayoutsJob from '#money/jobs/stuck_payouts_job'
import PayoutReversalService from '#money/services/payout_reversal_service'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import MoneyEventService from '#money/services/money_event_service'
import { owners } from '#money/ledger_accounts'
import type { MoneyEvents } from '#money/money_events'
import RecipientService from '#notifications/services/recipient_service'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { completedPaidOrder, fixture } from '#tests/money_fixtures'
import { useFakeWavePayouts, waveSigned } from '#tests/wave_fixtures'

const xof = (
  owner: string,
  purpose: 'carrier_payable' | 'provider_clearing' | 'payout_in_flight'
) => new LedgerService().balance({ owner, purpose, currency: 'XOF' })

async function reversedJournals(payoutId: number) {
  const journals = await db
    .from('ledger_journals')
    .where('idempotency_key', `payout:${payoutId}:reversed`)
  return journals.length
}

/** Wave's event about a payout (constructed: Wave publishes no payout webhook sample), signed. */
function postPayoutEvent(client: ApiClient, wavePayoutId: string) {
  const event = fixture('wave-webhook-payout-reversed.CONSTRUCTED.json')
  event.data.id = wavePayoutId
  const raw = JSON.stringify(event)
  return client
    .post('/api/v1/webhooks/wave')
    .type('application/json')
    .header('wave-signature', waveSigned(raw))
    .unsafeJson(raw)
}

/** The events money announced while `work` ran (after their commits). */
async function announced(work: () => Promise<unknown>) {
  const heard: { name: keyof MoneyEvents; payload: unknown }[] = []
  const events = new MoneyEventService()
  const emit = events.emit.bind(events)
  app.container.swap(MoneyEventService, () => {
    const spy = new MoneyEventService()
    spy.emit = (name, payload, trx) => {
      heard.push({ name, payload })
      emit(name, payload, trx)
    }
    return spy
  })
  try {
    await work()
  } finally {
    app.container.restore(MoneyEventService)
  }
  return heard
}

test.group('Money: a Wave payout reversed after it was sent', (group) => {
  isolateDatabase(group)
  const wave = standInForEachTest(group, useFakeWavePayouts)

  /** A Senegalese carrier's 40 500 FCFA net, sent by Wave and settled. */
  async function sentPayout(client: ApiClient) {
    const paid = await completedPaidOrder(client, {
      order: { currency: 'XOF', priceAmount: 45_000 },
      ownerPhone: '+221771234567',
    })
    await wave.queue.drain()
    const payout = await Payout.findByOrFail('order_id', paid.order.id)
    if (payout.status !== 'sent') throw new Error(`the payout is ${payout.status}, not sent`)
    return { ...paid, payout, carrier: owners.organisation(paid.world.carrier.organisation.id) }
  }

  /** Wave takes the payout back, as its reversed payout object says (constructed fixture). */
  function reverseAtWave(payout: Payout) {
    const atWave = [...wave.byKey.values()].find((p) => p.id === payout.providerRef)
    Object.assign(atWave, {
      status: fixture('wave-payout-object-reversed.CONSTRUCTED.json').status,
    })
  }

  test('Wave’s event is checked with Wave, then applied once: payable restored, journal reversed, audited, carrier told', async ({
    client,
    assert,
  }) => {
    const { payout, carrier, world, owner } = await sentPayout(client)
    assert.equal(await xof(carrier, 'carrier_payable'), 0)
    const clearingBefore = await xof(owners.provider('wave'), 'provider_clearing')

    // An event about a payout that still stands changes nothing once Wave is asked.
    const early = await postPayoutEvent(client, payout.providerRef!)
    early.assertStatus(200)
    await wave.queue.drain()
    await payout.refresh()
    assert.equal(payout.status, 'sent')

    reverseAtWave(payout)
    const heard = await announced(async () => {
      for (let i = 0; i < 2; i++) {
        const delivered = await postPayoutEvent(client, payout.providerRef!)
        delivered.assertStatus(200)
      }
      await wave.queue.drain()
      // The periodic check finds it too: still once.
      const job = await app.container.make(StuckPayoutsJob)
      await job.handle()
    })

    await payout.refresh()
    assert.equal(payout.status, 'reversed')
    assert.equal(await reversedJournals(payout.id), 1)
    assert.equal(await xof(carrier, 'carrier_payable'), 40_500)
    assert.equal(await xof(carrier, 'payout_in_flight'), 0)
    assert.equal((await xof(owners.provider('wave'), 'provider_clearing')) - clearingBefore, 40_500)
    assert.deepEqual(await new LedgerVerifier().verify(), [])

    const audits = await AuditEvent.query().where('action', 'payout.reversed')
    assert.lengthOf(audits, 1)
    assert.include(audits[0].serialize(), { subjectType: 'payout', subjectId: String(payout.id) })

    const reversals = heard.filter((event) => event.name === 'money:payout_reversed')
    assert.lengthOf(reversals, 1)
    const recipients = await app.container.make(RecipientService)
    const intents = await recipients.forMoney(reversals[0] as never)
    assert.deepEqual(
      intents.map((intent) => [intent.userId, intent.kind, intent.eventKey]),
      [[owner.id, 'payout_reversed', `payout:${payout.id}:reversed`]]
    )

    // The carrier reads it: the net is owed again.
    const earnings = await client.get('/api/v1/earnings').loginAs(world.carrier.dispatcher)
    assert.deepInclude(earnings.body().balances, {
      currency: 'XOF',
      payable: 40_500,
      payingOut: 0,
      cashCommissionOwed: 0,
    })
  })

  test('without any event, the stuck-payouts check asks Wave about recent sent payouts', async ({
    client,
    assert,
  }) => {
    const { payout, carrier } = await sentPayout(client)
    reverseAtWave(payout)
    const job = await app.container.make(StuckPayoutsJob)
    // Not asked before its first checkpoint, an hour after it was sent.
    const early = await job.handle()
    assert.equal(early.reversalsAsked, 0)
    const reversals = await app.container.make(PayoutReversalService)
    assert.equal(await reversals.checkRecent(DateTime.now().plus({ hours: 1, minutes: 1 })), 1)
    await payout.refresh()
    assert.equal(payout.status, 'reversed')
    assert.equal(await xof(carrier, 'carrier_payable'), 40_500)

    // A reversed payout is never asked again.
    assert.equal(await reversals.checkRecent(DateTime.now().plus({ hours: 7 })), 0)
  })

  test('a payout Wave keeps is asked at 1 h, 6 h, 24 h, then every 48 h until the window closes, once each', async ({
    client,
    assert,
  }) => {
    const { payout } = await sentPayout(client)
    const sentAt = payout.settledAt!
    const reversals = await app.container.make(PayoutReversalService)
    const askedAt = (hours: number) => reversals.checkRecent(sentAt.plus({ hours }))
    const asked: number[] = []
    // The stuck-payouts job runs every few minutes; these are some of its runs.
    const sweeps = [
      0, 0.5, 1, 1.1, 2, 5.9, 6, 7, 23, 24, 30, 71, 72, 73, 119, 120, 167, 168, 169, 192, 240,
    ]
    for (const hours of sweeps) {
      if ((await askedAt(hours)) === 1) asked.push(hours)
    }
    assert.deepEqual(asked, [1, 6, 24, 72, 120, 168])
    const reads = wave.server.requests.filter(
      (r) => r.method === 'GET' && r.url === `/v1/payout/${payout.providerRef}`
    )
    assert.lengthOf(reads, 6)
    await payout.refresh()
    assert.equal(payout.status, 'sent')
  })

  test('an event about a payout we never made is acknowledged and changes nothing', async ({
    client,
    assert,
  }) => {
    const response = await postPayoutEvent(client, 'pt-unknown')
    response.assertStatus(200)
    assert.lengthOf(wave.queue.sent, 0)
    const forged = await client
      .post('/api/v1/webhooks/wave')
      .type('application/json')
      .header('wave-signature', 't=1,v1=00')
      .unsafeJson(JSON.stringify(fixture('wave-webhook-payout-reversed.CONSTRUCTED.json')))
    forged.assertStatus(401)
  })
})
