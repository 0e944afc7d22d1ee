import { test } from '@japa/runner'
import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import Payment from '#money/models/payment'
import Payout from '#money/models/payout'
import SendPayoutJob from '#money/jobs/send_payout_job'
import StuckPayoutsJob from '#money/jobs/stuck_payouts_job'
import moneyConfig from '#config/money'
import LedgerService from '#money/services/ledger_service'
import PaymentFeed from '#money/services/payment_feed'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import { isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import {
  auditOf,
  fixture,
  markPaid,
  paidAfterCancel,
  reversalResult,
  sentJournals,
  successCallback,
  useFakeB2c,
  useFakeDaraja,
} from '#tests/money_fixtures'

type Stands = {
  daraja: Awaited<ReturnType<typeof useFakeDaraja>>
  b2c: Awaited<ReturnType<typeof useFakeB2c>>
}

const kes = (orderId: number, purpose: AccountPurpose) =>
  new LedgerService().balance({ owner: owners.order(orderId), purpose, currency: 'KES' })

/** The STK push's callback path of the last payment started. */
function lastCallbackPath(stands: Stands) {
  const pushes = stands.daraja.calls('/mpesa/stkpush')
  return new URL(JSON.parse(pushes.at(-1)!.raw.toString()).CallBackURL).pathname
}

/** An M-Pesa push the shipper started, then cancelled the order before the PIN went through. */
async function pushedThenCancelled(client: ApiClient) {
  const started = await paidAfterCancel(client, 'mpesa', '0722 000 000')
  return { ...started, checkout: fixture('daraja-stk-push-response.json').CheckoutRequestID }
}

test.group('Money: a pay-in the order cannot take goes back by M-Pesa Reversal', (group) => {
  isolateDatabase(group)
  let stands: Stands
  group.each.setup(async () => {
    const daraja = await useFakeDaraja()
    // Its queue runs every job, the pay-in's and the payout's.
    const b2c = await useFakeB2c()
    stands = { daraja, b2c }
    return async () => {
      await b2c.restore()
      await daraja.restore()
    }
  })

  /** M-Pesa posts the reversal's success result `times` times, each acknowledged; then the jobs run. */
  async function reversedResults(client: ApiClient, path: string, refund: Payout, times: number) {
    for (let i = 0; i < times; i++) {
      const ack = await client.post(path).json(reversalResult(refund.providerRef!, 'NLJ7RT61SV'))
      ack.assertStatus(200)
    }
    await stands.b2c.queue.drain()
    await refund.refresh()
  }

  test('paid after the order was cancelled: reversed once by its receipt, the escrow emptied, audited, the shipper told', async ({
    client,
    assert,
  }) => {
    const refunds: unknown[] = []
    const received: unknown[] = []
    const onRefund = (event: unknown) => refunds.push(event)
    const onReceived = (event: unknown) => received.push(event)
    emitter.on('money:refund_sent', onRefund)
    emitter.on('money:payment_received', onReceived)
    try {
      // The shipper gives up waiting and cancels; then the phone's PIN goes through.
      const { order, checkout } = await pushedThenCancelled(client)
      for (let i = 0; i < 2; i++) {
        await client.post(lastCallbackPath(stands)).json(successCallback(checkout, 45000))
      }
      await stands.b2c.queue.drain()

      const payment = await Payment.findByOrFail('order_id', order.id)
      assert.include(payment.serialize(), { status: 'returned', providerReceipt: 'NLJ7RT61SV' })
      const refund = await Payout.findByOrFail('payment_id', payment.id)
      assert.include(refund.serialize(), {
        kind: 'refund',
        idempotencyKey: `refund:${order.id}:payment:${payment.id}`,
        amount: 4_500_000,
        reversesReceipt: 'NLJ7RT61SV',
        status: 'sending',
      })
      // Out of the cancelled order's escrow at once, waiting for M-Pesa's word.
      assert.equal(await kes(order.id, 'order_escrow'), 0)
      assert.equal(await kes(order.id, 'refund_payable'), 4_500_000)
      const [reversal] = stands.b2c.reversals()
      assert.lengthOf(stands.b2c.reversals(), 1)
      assert.lengthOf(stands.b2c.requests(), 0, 'no B2C: the pay-in itself is reversed')
      assert.deepInclude(reversal, {
        CommandID: 'TransactionReversal',
        TransactionID: 'NLJ7RT61SV',
        Amount: '45000',
        ReceiverParty: '174379',
        RecieverIdentifierType: '11',
        Initiator: 'reversalapi',
      })
      const resultPath = new URL(reversal.ResultURL).pathname
      assert.match(resultPath, /^\/api\/v1\/webhooks\/mpesa\/b2c\/result\/[A-Za-z0-9_-]{43}$/)

      // A result about another conversation changes nothing; the real one, however often, settles it once.
      await client.post(resultPath).json(reversalResult('AG_SOMEONE_ELSE', 'NLJ7RT61SV'))
      await stands.b2c.queue.drain()
      await refund.refresh()
      assert.equal(refund.status, 'sending')
      await reversedResults(client, resultPath, refund, 3)
      assert.include(refund.serialize(), { status: 'sent', providerReceipt: 'MJ561H6X5O' })
      assert.equal(await kes(order.id, 'refund_payable'), 0)
      assert.equal(
        await new LedgerService().balance({
          owner: owners.provider('mpesa'),
          purpose: 'provider_clearing',
          currency: 'KES',
        }),
        0
      )
      const journals = await db
        .from('ledger_journals')
        .where('order_id', order.id)
        .orderBy('id')
        .select('kind')
      assert.deepEqual(
        journals.map((journal) => journal.kind),
        ['payment_received', 'refund_payout_reserved', 'refund_payout_sent']
      )
      const audit = await auditOf('payment.unwanted', { type: 'order', id: order.id })
      assert.lengthOf(audit, 1)
      assert.include(audit[0], {
        subject_id: String(order.id),
        reason: 'paid after the order was cancelled',
      })
      assert.lengthOf(received, 0, 'nobody is told a cancelled order was paid')
      assert.lengthOf(refunds, 1)
      assert.deepEqual(await new LedgerVerifier().verify(), [])
    } finally {
      emitter.off('money:refund_sent', onRefund)
      emitter.off('money:payment_received', onReceived)
    }
  })

  test('a lost answer is resent; M-Pesa reverses a receipt once, and its "already reversed" settles the refund once', async ({
    client,
    assert,
  }) => {
    const { order, checkout } = await pushedThenCancelled(client)
    const reversal = stands.b2c.answers.reversal
    stands.b2c.answers.reversal = () => ({ status: 503, body: { errorCode: '503.001.01' } })
    await client.post(lastCallbackPath(stands)).json(successCallback(checkout, 45000))
    await assert.rejects(() => stands.b2c.queue.drain())
    const payment = await Payment.findByOrFail('order_id', order.id)
    const refund = await Payout.findByOrFail('payment_id', payment.id)
    assert.equal(refund.status, 'sending')

    stands.b2c.answers.reversal = reversal
    await stands.b2c.queue.send(SendPayoutJob, { payoutId: refund.id })
    await stands.b2c.queue.drain()
    assert.deepEqual(
      stands.b2c.reversals().map((request) => request.TransactionID),
      ['NLJ7RT61SV', 'NLJ7RT61SV']
    )
    await refund.refresh()
    const path = new URL(stands.b2c.reversals()[1].ResultURL).pathname
    await client.post(path).json(reversalResult(refund.providerRef!, 'NLJ7RT61SV', 'R000001'))
    await stands.b2c.queue.drain()
    await refund.refresh()
    assert.include(refund.serialize(), { status: 'sent', providerReceipt: 'reversed NLJ7RT61SV' })
    const sent = await db
      .from('ledger_journals')
      .where('idempotency_key', `payout:${refund.id}:sent`)
    assert.lengthOf(sent, 1)
    assert.equal(await kes(order.id, 'refund_payable'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('an attempt we had failed turns out paid while another payment paid the order: that money alone goes back', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const checkout = fixture('daraja-stk-push-response.json').CheckoutRequestID
    const abandoned = await Payment.create({
      orderId: order.id,
      payerId: world.shipper.id,
      provider: 'mpesa',
      amount: 4_500_000,
      currency: 'KES',
      phone: '+254722000000',
      status: 'failed',
      failureReason: 'unreachable',
      callbackToken: randomBytes(32).toString('base64url'),
      accountReference: `NJIA-${order.id}`,
      providerRef: checkout,
    })
    await markPaid(order)
    // The payer's screens are told once (`payment:status`), however often M-Pesa calls back.
    const pushed: { id: number; status: string }[] = []
    const push = PaymentFeed.prototype.push
    PaymentFeed.prototype.push = function (payment) {
      pushed.push({ id: payment.id, status: payment.status })
      return push.call(this, payment)
    }
    const path = `/api/v1/webhooks/mpesa/stk/${abandoned.callbackToken}`
    try {
      for (let i = 0; i < 2; i++) {
        const ack = await client.post(path).json(successCallback(checkout, 45000))
        ack.assertStatus(200)
      }
      await stands.b2c.queue.drain()
    } finally {
      PaymentFeed.prototype.push = push
    }
    assert.deepEqual(
      pushed.filter((p) => p.id === abandoned.id),
      [{ id: abandoned.id, status: 'returned' }]
    )

    await abandoned.refresh()
    assert.include(abandoned.serialize(), { status: 'returned', providerReceipt: 'NLJ7RT61SV' })
    const refund = await Payout.findByOrFail('payment_id', abandoned.id)
    assert.include(refund.serialize(), { reversesReceipt: 'NLJ7RT61SV', amount: 4_500_000 })
    // The order stays paid by the other payment.
    assert.equal(await kes(order.id, 'order_escrow'), 4_500_000)
    assert.equal(await kes(order.id, 'refund_payable'), 4_500_000)
    assert.lengthOf(stands.b2c.reversals(), 1)
    const audit = await auditOf('payment.unwanted', { type: 'order', id: order.id })
    assert.equal(audit[0].reason, 'a second payment of a paid order')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  /** A cancelled order's M-Pesa pay-in, reversed, whose result never came: as if sent `minutes` ago. */
  async function stuckReversal(
    client: ApiClient,
    minutes = moneyConfig.payouts.stuckAfterMinutes + 1
  ) {
    const { order, checkout } = await pushedThenCancelled(client)
    await client.post(lastCallbackPath(stands)).json(successCallback(checkout, 45000))
    await stands.b2c.queue.drain()
    const payment = await Payment.findByOrFail('order_id', order.id)
    const refund = await Payout.findByOrFail('payment_id', payment.id)
    await Payout.query()
      .where('id', refund.id)
      .update({ requested_at: DateTime.now().minus({ minutes }).toJSDate() })
    await stands.b2c.queue.send(StuckPayoutsJob, {})
    await stands.b2c.queue.drain()
    return { order, refund }
  }

  /** The constructed Transaction Status result of the pay-in `receipt`, as `TransactionStatus`, answering query `queryId`. */
  function reversalStatus(receipt: string, status: string, queryId = '3213-416199-2') {
    const body = fixture('daraja-transaction-status-result-reversed.CONSTRUCTED.json')
    delete body._note
    body.Result.OriginatorConversationID = queryId
    for (const item of body.Result.ResultParameters.ResultParameter) {
      if (item.Key === 'ReceiptNo') item.Value = receipt
      if (item.Key === 'TransactionStatus') item.Value = status
    }
    return body
  }

  test('a reversal whose result never came is asked about by the pay-in’s receipt; "Reversed" settles it once, a status of another receipt changes nothing', async ({
    client,
    assert,
  }) => {
    const { order, refund } = await stuckReversal(client)
    const queries = stands.b2c.statusQueries()
    assert.lengthOf(queries, 1)
    const documented = Object.keys(fixture('daraja-transaction-status-request.json'))
    assert.sameMembers(
      Object.keys(queries[0]),
      documented.filter((key) => key !== 'OriginalConversationID')
    )
    assert.deepInclude(queries[0], {
      CommandID: 'TransactionStatusQuery',
      TransactionID: 'NLJ7RT61SV',
      PartyA: '174379',
      IdentifierType: '4',
      Initiator: 'reversalapi',
      SecurityCredential: 'REV',
    })
    const path = new URL(queries[0].ResultURL).pathname
    assert.equal(path, `/api/v1/webhooks/mpesa/b2c/status/${refund.callbackToken}`)

    await client.post(path).json(reversalStatus('QQQ1AAAAAA', 'Reversed', '3213-416199-9'))
    await stands.b2c.queue.drain()
    await refund.refresh()
    assert.equal(refund.status, 'sending')

    for (let i = 0; i < 2; i++) {
      const ack = await client.post(path).json(reversalStatus('NLJ7RT61SV', 'Reversed'))
      ack.assertStatus(200)
    }
    await stands.b2c.queue.drain()
    await refund.refresh()
    assert.include(refund.serialize(), { status: 'sent', providerReceipt: 'reversed NLJ7RT61SV' })
    assert.equal(await sentJournals(refund.id), 1)
    assert.equal(await kes(order.id, 'refund_payable'), 0)
    assert.lengthOf(stands.b2c.reversals(), 1, 'asking sends nothing')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  /** A stuck reversal M-Pesa's status answered that the pay-in still stands (`Completed`). */
  async function stoodReversal(client: ApiClient) {
    const stuck = await stuckReversal(client)
    const statusPath = new URL(stands.b2c.statusQueries()[0].ResultURL).pathname
    await client.post(statusPath).json(reversalStatus('NLJ7RT61SV', 'Completed'))
    await stands.b2c.queue.drain()
    await stuck.refund.refresh()
    return { ...stuck, statusPath }
  }

  test('a stuck reversal whose pay-in still stands is failed for an operator, the money still held to send back', async ({
    client,
    assert,
  }) => {
    const { order, refund } = await stoodReversal(client)
    assert.include(refund.serialize(), { status: 'failed', failureReason: 'declined' })
    assert.equal(await kes(order.id, 'refund_payable'), 4_500_000)
    assert.equal(await sentJournals(refund.id), 0)
  })

  test('a reversal M-Pesa carries out after its status said the pay-in stood settles itself once: its late result is checked by the receipt', async ({
    client,
    assert,
  }) => {
    const { order, refund, statusPath } = await stoodReversal(client)
    assert.equal(refund.status, 'failed')

    // M-Pesa's result of the reversal comes late, twice: only a hint, M-Pesa is asked.
    const resultPath = new URL(stands.b2c.reversals()[0].ResultURL).pathname
    await reversedResults(client, resultPath, refund, 2)
    assert.equal(refund.status, 'failed', 'nothing moves on the result alone')
    const asked = stands.b2c.statusQueries()
    assert.lengthOf(asked, 2)
    assert.equal(asked[1].TransactionID, 'NLJ7RT61SV')

    for (let i = 0; i < 2; i++) {
      await client.post(statusPath).json(reversalStatus('NLJ7RT61SV', 'Reversed', '3213-416199-5'))
    }
    await stands.b2c.queue.drain()
    await refund.refresh()
    assert.include(refund.serialize(), { status: 'sent', providerReceipt: 'reversed NLJ7RT61SV' })
    assert.equal(await sentJournals(refund.id), 1)
    assert.equal(await kes(order.id, 'refund_payable'), 0)
    assert.lengthOf(stands.b2c.reversals(), 1, 'nothing was sent again')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })
})
