import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Payout from '#money/models/payout'
import StuckPayoutsJob from '#money/jobs/stuck_payouts_job'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners } from '#money/ledger_accounts'
import moneyConfig from '#config/money'
import accountsConfig from '#config/accounts'
import { signedInAgo } from '#tests/accounts_helpers'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeUser } from '#tests/fixtures/marketplace'
import {
  auditOf,
  b2cFailure,
  b2cSuccess,
  completedPaidOrder,
  fixture,
  sentJournals,
  transactionStatusResult,
  useFakeB2c,
} from '#tests/money_fixtures'

const inFlight = (organisationId: number) =>
  new LedgerService().balance({
    owner: owners.organisation(organisationId),
    purpose: 'payout_in_flight',
    currency: 'KES',
  })

test.group('Money: stuck payouts are asked about and settled once', (group) => {
  isolateDatabase(group)
  const b2c = standInForEachTest(group, useFakeB2c)

  /** A completed order's payout sent to Daraja, whose result never came, as if sent `minutes` ago. */
  async function sentPayout(client: Parameters<typeof completedPaidOrder>[0], minutes: number) {
    const made = await completedPaidOrder(client)
    await b2c.queue.drain()
    const payout = await Payout.findByOrFail('order_id', made.order.id)
    await Payout.query()
      .where('id', payout.id)
      .update({ requested_at: DateTime.now().minus({ minutes }).toJSDate() })
    return { ...made, payout }
  }

  async function checkStuck() {
    await b2c.queue.send(StuckPayoutsJob, {})
    await b2c.queue.drain()
  }

  test('a payout with no result after the threshold is asked about by Transaction Status; its result settles it once, however often and however concurrently it comes', async ({
    client,
    assert,
  }) => {
    const stuckAfter = moneyConfig.payouts.stuckAfterMinutes
    const { world, payout } = await sentPayout(client, stuckAfter + 1)
    const recent = await sentPayout(client, stuckAfter - 5)
    await checkStuck()

    // Only the stuck one is asked about, in Daraja's wire format.
    const queries = b2c.statusQueries()
    assert.lengthOf(queries, 1)
    const request = fixture('daraja-transaction-status-request.json')
    assert.sameMembers(
      Object.keys(queries[0]),
      Object.keys(request).filter((key) => key !== 'TransactionID')
    )
    assert.deepInclude(queries[0], {
      CommandID: 'TransactionStatusQuery',
      OriginalConversationID: `NJIA-${payout.id}-1`,
      Initiator: 'testapi',
      PartyA: '600997',
      IdentifierType: '4',
    })
    assert.equal(
      new URL(queries[0].ResultURL).pathname,
      `/api/v1/webhooks/mpesa/b2c/status/${payout.callbackToken}`
    )
    assert.equal(
      new URL(queries[0].QueueTimeOutURL).pathname,
      `/api/v1/webhooks/mpesa/b2c/status_timeout/${payout.callbackToken}`
    )

    // Asked once per period: the next run asks nobody.
    await checkStuck()
    assert.lengthOf(b2c.statusQueries(), 1)

    const result = transactionStatusResult(`NJIA-${payout.id}-1`, {
      TransactionStatus: 'Completed',
      Amount: '40500',
      ReceiptNo: 'TST31H462N',
    })
    const path = new URL(queries[0].ResultURL).pathname
    const acks = await Promise.all([1, 2, 3].map(() => client.post(path).json(result)))
    for (const ack of acks) {
      ack.assertStatus(200)
      assert.deepEqual(ack.body(), fixture('daraja-stk-callback-ack-response.json'))
    }
    await b2c.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'sent', providerReceipt: 'TST31H462N' })
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await inFlight(world.carrier.organisation.id), 0)

    // The lost B2C result turns up at last: nothing moves again.
    await client
      .post(`/api/v1/webhooks/mpesa/b2c/result/${payout.callbackToken}`)
      .json(b2cSuccess(`NJIA-${payout.id}-1`, 40500))
    await b2c.queue.drain()
    assert.equal(await sentJournals(payout.id), 1)
    await recent.payout.refresh()
    assert.equal(recent.payout.status, 'sending')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a queue timeout is asked about at once; what the status says decides, and answers that tell nothing change nothing', async ({
    client,
    assert,
  }) => {
    const { world, payout } = await sentPayout(client, 1)
    await client
      .post(`/api/v1/webhooks/mpesa/b2c/timeout/${payout.callbackToken}`)
      .json(b2cFailure(`NJIA-${payout.id}-1`))
    await b2c.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'timeout' })

    await checkStuck()
    assert.lengthOf(b2c.statusQueries(), 1)
    const path = `/api/v1/webhooks/mpesa/b2c/status/${payout.callbackToken}`
    const tellsNothing = [
      // Another attempt's status (a stale query), and a status that is not final.
      transactionStatusResult(`NJIA-${payout.id}-0`, {
        TransactionStatus: 'Completed',
        Amount: '40500',
        ReceiptNo: 'OLD0000000',
      }),
      transactionStatusResult(`NJIA-${payout.id}-1`, { TransactionStatus: 'Pending' }),
    ]
    const notFound = transactionStatusResult(`NJIA-${payout.id}-1`, { TransactionStatus: '' })
    notFound.Result.ResultCode = 'R000001'
    notFound.Result.ResultDesc = 'The transaction could not be found'
    tellsNothing.push(notFound)
    for (const body of tellsNothing) {
      const ack = await client.post(path).json(body)
      ack.assertStatus(200)
    }
    const queryTimeout = transactionStatusResult(`NJIA-${payout.id}-1`, { TransactionStatus: '' })
    await client
      .post(`/api/v1/webhooks/mpesa/b2c/status_timeout/${payout.callbackToken}`)
      .json(queryTimeout)
    await b2c.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'timeout' })
    const notes = await db
      .from('payment_callbacks')
      .where('payout_id', payout.id)
      .whereLike('provider_ref', 'status%')
      .orderBy('id')
      .select('outcome')
    assert.deepEqual(
      notes.map((note) => note.outcome),
      ['mismatch', 'ignored', 'ignored', 'ignored']
    )

    // A wrong amount is refused; then M-Pesa says the payment failed: it fails for good.
    const wrongAmount = transactionStatusResult(`NJIA-${payout.id}-1`, {
      TransactionStatus: 'Completed',
      Amount: '1',
      ReceiptNo: 'TST0000001',
    })
    await client.post(path).json(wrongAmount)
    await client
      .post(path)
      .json(transactionStatusResult(`NJIA-${payout.id}-1`, { TransactionStatus: 'Failed' }))
    await b2c.queue.drain()
    await payout.refresh()
    assert.include(payout.serialize(), { status: 'failed', failureReason: 'declined' })
    assert.equal(await sentJournals(payout.id), 0)
    assert.equal(await inFlight(world.carrier.organisation.id), 4_050_000)

    // Final now: it is not asked about again, and the operator may cancel it.
    await Payout.query()
      .where('id', payout.id)
      .update({ status_queried_at: DateTime.now().minus({ days: 1 }).toJSDate() })
    await checkStuck()
    assert.lengthOf(b2c.statusQueries(), 1)
    const cancelled = await client
      .post(`/api/v1/admin/payouts/${payout.id}/cancel`)
      .json({ reason: 'M-Pesa says it failed' })
      .loginAs(world.admin)
    cancelled.assertStatus(200)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('an admin marks a stuck payout sent with the receipt M-Pesa shows: once, audited, and the late result moves nothing', async ({
    client,
    assert,
  }) => {
    const { world, payout } = await sentPayout(client, 60)
    const url = `/api/v1/admin/payouts/${payout.id}/mark-sent`

    const badReceipt = await client
      .post(url)
      .json({ receipt: 'no such; receipt', reason: 'seen in the M-Pesa portal' })
      .loginAs(world.admin)
    badReceipt.assertStatus(422)
    assert.equal(badReceipt.body().errors[0].field, 'receipt')
    const noReason = await client.post(url).json({ receipt: 'TST9H462N' }).loginAs(world.admin)
    noReason.assertStatus(422)
    const others = [
      world.carrier.dispatcher,
      world.shipper,
      world.platformDispatcher,
      await makeUser('driver', world.carrier.organisation),
    ]
    for (const who of others) {
      const refused = await client
        .post(url)
        .json({ receipt: 'TST9H462N', reason: 'seen in the M-Pesa portal' })
        .loginAs(who)
      refused.assertStatus(403)
    }
    const stale = await signedInAgo(world.admin, accountsConfig.recentSignInMinutes + 1)
    for (const action of ['mark-sent', 'mark-failed']) {
      const refused = await client
        .post(`/api/v1/admin/payouts/${payout.id}/${action}`)
        .json({ receipt: 'TST9H462N', reason: 'seen in the M-Pesa portal' })
        .bearerToken(stale)
      refused.assertStatus(403)
      assert.equal(refused.body().errors[0].code, 'E_RECENT_SIGN_IN_REQUIRED')
    }
    await payout.refresh()
    assert.equal(payout.status, 'sending')

    const marked = await client
      .post(url)
      .json({ receipt: 'TST9H462N', reason: 'seen in the M-Pesa portal' })
      .loginAs(world.admin)
    marked.assertStatus(200)
    assert.include(marked.body(), { status: 'sent', receipt: 'TST9H462N', outcomeUnknown: false })
    const again = await client
      .post(url)
      .json({ receipt: 'TST9H462N', reason: 'double click' })
      .loginAs(world.admin)
    again.assertStatus(409)
    assert.equal(again.body().errors[0].code, 'E_INVALID_STATE')

    await client
      .post(`/api/v1/webhooks/mpesa/b2c/result/${payout.callbackToken}`)
      .json(b2cSuccess(`NJIA-${payout.id}-1`, 40500))
    await b2c.queue.drain()
    await payout.refresh()
    assert.equal(payout.providerReceipt, 'TST9H462N')
    assert.equal(await sentJournals(payout.id), 1)
    assert.equal(await inFlight(world.carrier.organisation.id), 0)

    const audit = await auditOf('payout.marked_sent', { type: 'payout', id: payout.id })
    assert.lengthOf(audit, 1)
    assert.include(audit[0], { reason: 'seen in the M-Pesa portal', actor_id: world.admin.id })
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('an admin marks a payout of unknown outcome not sent: a retry gets a new key; a known outcome cannot be marked', async ({
    client,
    assert,
  }) => {
    const { world, payout } = await sentPayout(client, 60)
    const url = `/api/v1/admin/payouts/${payout.id}/mark-failed`
    const marked = await client
      .post(url)
      .json({ reason: 'nothing in the M-Pesa portal for this key' })
      .loginAs(world.admin)
    marked.assertStatus(200)
    assert.include(marked.body(), {
      status: 'failed',
      failureReason: 'not_sent',
      outcomeUnknown: false,
    })
    const again = await client.post(url).json({ reason: 'double click' }).loginAs(world.admin)
    again.assertStatus(409)

    const retried = await client
      .post(`/api/v1/admin/payouts/${payout.id}/retry`)
      .json({ reason: 'send it now' })
      .loginAs(world.admin)
    assert.include(retried.body(), { attempt: 2 })
    await b2c.queue.drain()
    assert.equal(b2c.requests().at(-1).OriginatorConversationID, `NJIA-${payout.id}-2`)
    const audit = await auditOf('payout.marked_failed', { type: 'payout', id: payout.id })
    assert.lengthOf(audit, 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })
})
