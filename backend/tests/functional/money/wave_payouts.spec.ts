import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import Payout from '#money/models/payout'
import SendPayoutJob from '#money/jobs/send_payout_job'
import StuckPayoutsJob from '#money/jobs/stuck_payouts_job'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners } from '#money/ledger_accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { completedPaidOrder, sentJournals } from '#tests/money_fixtures'
import { useFakeWavePayouts } from '#tests/wave_fixtures'

/** A paid 45 000 FCFA order in Senegal, confirmed by its shipper: settled, its payout queued. */
const completedXofOrder = (client: ApiClient) =>
  completedPaidOrder(client, {
    order: { currency: 'XOF', priceAmount: 45_000 },
    ownerPhone: '+221771234567',
  })

const xof = (organisationId: number, purpose: 'payout_in_flight' | 'carrier_payable') =>
  new LedgerService().balance({
    owner: owners.organisation(organisationId),
    purpose,
    currency: 'XOF',
  })

test.group('Money: carrier payouts in XOF by Wave', (group) => {
  isolateDatabase(group)
  const wave = standInForEachTest(group, useFakeWavePayouts)

  test('a Senegalese carrier’s net leaves by Wave payout, in its wire format, once: Wave’s answer settles it', async ({
    client,
    assert,
  }) => {
    const { world, order, owner } = await completedXofOrder(client)
    await wave.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { provider: 'wave', currency: 'XOF', amount: 40_500 })
    const [request] = wave.requests()
    assert.equal(request.key, `NJIA-${payout.id}-1`)
    assert.equal(request.headers.authorization, 'Bearer wave_sn_prod_test')
    assert.deepInclude(request.body, {
      currency: 'XOF',
      receive_amount: '40500',
      mobile: owner.phone,
      client_reference: `NJIA-${payout.id}-1`,
    })
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', providerReceipt: 'pt-test1' })

    // The job runs again (a crash after Wave answered): nothing leaves twice.
    await wave.queue.send(SendPayoutJob, { payoutId: payout.id })
    await wave.queue.drain()
    assert.lengthOf(wave.requests(), 1)
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await xof(world.carrier.organisation.id, 'payout_in_flight'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a lost answer is sent again with the same Idempotency-Key; one still processing is read back later and settled once', async ({
    client,
    assert,
  }) => {
    wave.answers.status = 'processing'
    const send = wave.answers.send
    // Wave made the payout but its answer was lost.
    wave.answers.send = () => ({ status: 502, body: { code: 'bad-gateway', message: 'upstream' } })
    const { world, order } = await completedXofOrder(client)
    await assert.rejects(() => wave.queue.drain())
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.equal(payout.status, 'sending')

    wave.answers.send = send
    await wave.queue.send(SendPayoutJob, { payoutId: payout.id })
    await wave.queue.drain()
    assert.deepEqual(
      wave.requests().map((request) => request.key),
      [`NJIA-${payout.id}-1`, `NJIA-${payout.id}-1`]
    )
    assert.lengthOf(wave.byKey, 1)
    await payout.refresh()
    assert.equal(payout.status, 'sending')

    // Wave finishes it; the stuck-payouts check reads it back after the threshold.
    wave.byKey.get(`NJIA-${payout.id}-1`).status = 'succeeded'
    await Payout.query()
      .where('id', payout.id)
      .update({ requested_at: DateTime.now().minus({ hours: 1 }).toJSDate() })
    await wave.queue.send(StuckPayoutsJob, {})
    await wave.queue.send(StuckPayoutsJob, {})
    await wave.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', providerReceipt: 'pt-test1' })
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await xof(world.carrier.organisation.id, 'payout_in_flight'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('Wave’s refusals become clear reasons and the money waits for an operator', async ({
    client,
    assert,
  }) => {
    wave.answers.status = 'failed'
    wave.answers.error = { error_code: 'recipient-not-found', error_message: 'No Wave account' }
    const { world, order } = await completedXofOrder(client)
    await wave.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'recipient_invalid' })
    assert.equal(await xof(world.carrier.organisation.id, 'payout_in_flight'), 40_500)

    const listed = await client.get('/api/v1/admin/payouts?attention=true').loginAs(world.admin)
    assert.equal(
      listed.body().data[0].failureMessage,
      'The payout number cannot receive mobile money. Check the number.'
    )
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })
})
