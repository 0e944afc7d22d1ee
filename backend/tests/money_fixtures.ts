import app from '@adonisjs/core/services/app'
import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import type { Group } from '@japa/runner/core'
import db from '@adonisjs/lucid/services/db'
import type Order from '#orders/models/order'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import {
  makeAssignedOrder,
  makeWorld,
  ownedByItsDispatcher,
  type World,
} from '#tests/fixtures/marketplace'
import Payment from '#money/models/payment'
import type { PaymentProviderName } from '#money/payment_providers'
import LedgerService from '#money/services/ledger_service'
import { owners } from '#money/ledger_accounts'
import QueueService from '#core/services/queue_service'
import PaymentGateways from '#money/services/payment_gateways'
import DarajaProvider from '#money/providers/daraja_provider'
import DarajaB2cProvider from '#money/providers/daraja_b2c_provider'
import {
  B2C_PATH,
  TRANSACTION_STATUS_PATH,
  securityCredential,
} from '#money/providers/daraja_b2c_wire'
import { REVERSAL_PATH } from '#money/providers/daraja_reversal_wire'
import PayoutGateways from '#money/services/payout_gateways'
import { startFakeProvider, type RecordedRequest, type Reply } from '#tests/fake_http_server'
import { RecordingQueue } from '#tests/notifications_fixtures'
import { standInForEachTest, waitFor } from '#tests/helpers'

/**
 * For each test of `group`: jobs recorded, run by `queue.drain()`, and the
 * pay-in gateways `gateways()` makes if given (else as configured: the
 * simulators of `make dev`); both restored after the test.
 */
export function recordedJobsForEachTest(group: Group, gateways?: () => PaymentGateways) {
  return standInForEachTest(group, async () => {
    const queue = new RecordingQueue()
    app.container.swap(QueueService, () => queue)
    if (gateways) {
      const made = gateways()
      app.container.swap(PaymentGateways, () => made)
    }
    return {
      queue,
      restore: async () => app.container.restoreAll([QueueService, PaymentGateways]),
    }
  })
}

/** A published provider sample from tests/fixtures/providers (a fresh copy each time). */
/** A simulator's asynchronous callback arrived (and its duplicate, if any), its job ran, `payment` reread. */
export async function settledBySimulator(queue: RecordingQueue, payment: Payment) {
  await waitFor(async () => queue.sent.length > 0, 'the callback')
  await new Promise((resolve) => setTimeout(resolve, 1_000)) // a duplicate, if any
  await queue.drain()
  await payment.refresh()
}

export function fixture(name: string): any {
  return JSON.parse(readFileSync(app.makePath(`tests/fixtures/providers/${name}`), 'utf8'))
}

/** The public Daraja sandbox values of daraja-stk-push-password.txt. */
export const SANDBOX = {
  shortcode: '174379',
  passkey: 'bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919',
}

/**
 * Daraja on a loopback port, answering in its wire format from the fixtures:
 * OAuth, STK push and STK query. Each answer can be changed by a test.
 */
export async function startFakeDaraja() {
  const answers = {
    token: (): Reply => ({ status: 200, body: fixture('daraja-oauth-token-response.json') }),
    push: (_request: RecordedRequest): Reply => ({
      status: 200,
      body: fixture('daraja-stk-push-response.json'),
    }),
    query: (request: RecordedRequest): Reply => {
      const body = fixture('daraja-stk-query-response.json')
      body.CheckoutRequestID = JSON.parse(request.raw.toString()).CheckoutRequestID
      return { status: 200, body }
    },
  }
  const server = await startFakeProvider((request) => {
    if (request.url.startsWith('/oauth/v1/generate')) return answers.token()
    if (request.url === '/mpesa/stkpush/v1/processrequest') return answers.push(request)
    if (request.url === '/mpesa/stkpushquery/v1/query') return answers.query(request)
    return { status: 404, body: { errorCode: '404.001.01', errorMessage: 'Resource not found' } }
  })
  const provider = new DarajaProvider({
    baseUrl: server.url,
    consumerKey: 'key',
    consumerSecret: 'secret',
    ...SANDBOX,
    transactionType: 'CustomerPayBillOnline',
    partyB: SANDBOX.shortcode,
  })
  const calls = (path: string) => server.requests.filter((r) => r.url.startsWith(path))
  return { server, provider, answers, calls }
}

/** Daraja stand-in as the M-Pesa gateway, and a queue whose jobs the test runs (`drain`). */
export async function useFakeDaraja() {
  const daraja = await startFakeDaraja()
  const queue = new RecordingQueue()
  app.container.swap(PaymentGateways, () => new PaymentGateways({ mpesa: daraja.provider }))
  app.container.swap(QueueService, () => queue)
  return {
    ...daraja,
    queue,
    restore: async () => {
      app.container.restoreAll([PaymentGateways, QueueService])
      await daraja.server.close()
    },
  }
}

/** The documented success callback, for our CheckoutRequestID and amount (whole shillings). */
export function successCallback(checkoutRequestId: string, shillings: number) {
  const body = fixture('daraja-stk-callback-success.json')
  body.Body.stkCallback.CheckoutRequestID = checkoutRequestId
  body.Body.stkCallback.CallbackMetadata.Item[0].Value = shillings
  // Daraja can send an item with a Name and no Value.
  body.Body.stkCallback.CallbackMetadata.Item.push({ Name: 'Balance' })
  return body
}

export function cancelledCallback(checkoutRequestId: string) {
  const body = fixture('daraja-stk-callback-cancelled-1032.json')
  body.Body.stkCallback.CheckoutRequestID = checkoutRequestId
  return body
}

/**
 * The order's price received (by M-Pesa unless `by` says otherwise) and in
 * escrow, as a confirmed pay-in leaves it (for tests whose subject comes after payment).
 */
export async function markPaid(
  order: Order,
  by: { provider: Payment['provider']; phone: string } = {
    provider: 'mpesa',
    phone: '+254722000000',
  }
) {
  const payment = await Payment.create({
    orderId: order.id,
    payerId: order.shipperId,
    provider: by.provider,
    amount: order.priceAmount!,
    currency: order.currency,
    phone: by.phone,
    status: 'received',
    callbackToken: randomBytes(32).toString('base64url'),
    accountReference: `NJIA-${order.id}`,
    providerRef: `ws_CO_test_${order.id}`,
    providerReceipt: `TEST${order.id}`,
    settledAt: DateTime.now(),
  })
  await new LedgerService().post({
    idempotencyKey: `payment:${payment.id}:received`,
    kind: 'payment_received',
    orderId: order.id,
    legs: [
      {
        account: { owner: owners.provider(by.provider), purpose: 'provider_clearing' },
        amount: payment.amount,
        currency: payment.currency,
      },
      {
        account: { owner: owners.order(order.id), purpose: 'order_escrow' },
        amount: -payment.amount,
        currency: payment.currency,
      },
    ],
  })
  return payment
}

/** The initiator password our B2C stand-in is configured with (decrypted by the test with stand-in-key.pem). */
export const B2C_INITIATOR_PASSWORD = 'Safaricom999!*!'

/**
 * Daraja B2C on a loopback port, in its wire format from the fixtures:
 * OAuth and the v3 payment request, refusing a repeated
 * OriginatorConversationID as Daraja does. Each answer can be changed.
 */
export async function startFakeB2c() {
  const seen = new Set<string>()
  const answers = {
    token: (): Reply => ({ status: 200, body: fixture('daraja-oauth-token-response.json') }),
    payout: (request: RecordedRequest): Reply => {
      const key = JSON.parse(request.raw.toString()).OriginatorConversationID
      if (seen.has(key)) {
        return { status: 500, body: fixture('daraja-b2c-error-duplicate-originator.json') }
      }
      seen.add(key)
      const body = fixture('daraja-b2c-response.json')
      body.OriginatorConversationID = key
      body.ConversationID = `AG_TEST_${key}`
      return { status: 200, body }
    },
    status: (_request: RecordedRequest): Reply => ({
      status: 200,
      body: fixture('daraja-transaction-status-response.json'),
    }),
    /** Daraja accepts a reversal with its own OriginatorConversationID. */
    reversal: (_request: RecordedRequest): Reply => {
      const body = fixture('daraja-b2c-response.json')
      body.OriginatorConversationID = `8521-${randomBytes(3).toString('hex')}-1`
      body.ConversationID = `AG_REV_${randomBytes(6).toString('hex')}`
      return { status: 200, body }
    },
  }
  const server = await startFakeProvider((request) => {
    if (request.url.startsWith('/oauth/v1/generate')) return answers.token()
    if (request.url === B2C_PATH) return answers.payout(request)
    if (request.url === TRANSACTION_STATUS_PATH) return answers.status(request)
    if (request.url === REVERSAL_PATH) return answers.reversal(request)
    return { status: 404, body: { errorCode: '404.001.01', errorMessage: 'Resource not found' } }
  })
  const provider = new DarajaB2cProvider({
    baseUrl: server.url,
    consumerKey: 'key',
    consumerSecret: 'secret',
    shortcode: '600997',
    initiatorName: 'testapi',
    securityCredential: securityCredential(
      B2C_INITIATOR_PASSWORD,
      readFileSync(app.makePath('tests/fixtures/providers/stand-in-cert.pem'), 'utf8')
    ),
    commandId: 'BusinessPayment',
    reversal: {
      shortcode: SANDBOX.shortcode,
      initiatorName: 'reversalapi',
      securityCredential: 'REV',
    },
  })
  /** The payment requests (or Transaction Status queries) we sent, parsed. */
  const requests = (path = B2C_PATH) =>
    server.requests.filter((r) => r.url === path).map((r) => JSON.parse(r.raw.toString()))
  const statusQueries = () => requests(TRANSACTION_STATUS_PATH)
  const reversals = () => requests(REVERSAL_PATH)
  return { server, provider, answers, requests, statusQueries, reversals, seen }
}

/** The B2C stand-in as the M-Pesa payout gateway, and a queue whose jobs the test runs (`drain`). */
export async function useFakeB2c() {
  const b2c = await startFakeB2c()
  const queue = new RecordingQueue()
  app.container.swap(PayoutGateways, () => new PayoutGateways({ mpesa: b2c.provider }))
  app.container.swap(QueueService, () => queue)
  return {
    ...b2c,
    queue,
    /** The path of the result or timeout URL of the last request. */
    callbackPath(which: 'result' | 'timeout') {
      const last = b2c.requests().at(-1)!
      return new URL(which === 'result' ? last.ResultURL : last.QueueTimeOutURL).pathname
    },
    restore: async () => {
      app.container.restoreAll([PayoutGateways, QueueService])
      await b2c.server.close()
    },
  }
}

/** The documented B2C success result, for our key, Daraja's ConversationID and amount (whole shillings). */
export function b2cSuccess(originatorConversationId: string, shillings: number) {
  const body = fixture('daraja-b2c-result-success.json')
  body.Result.OriginatorConversationID = originatorConversationId
  body.Result.ConversationID = `AG_TEST_${originatorConversationId}`
  const amount = body.Result.ResultParameters.ResultParameter.find(
    (item: { Key: string }) => item.Key === 'TransactionAmount'
  )
  amount.Value = shillings
  return body
}

/**
 * The documented Transaction Status result about our key: `TransactionStatus`
 * (Completed with a receipt and whole shillings, or e.g. Failed), answered
 * to the query whose own id is `queryId`.
 */
export function transactionStatusResult(
  originatorConversationId: string,
  status: { TransactionStatus: string; Amount?: string; ReceiptNo?: string },
  queryId = `STATUS-${randomBytes(4).toString('hex')}`
) {
  const body = fixture('daraja-transaction-status-result.json')
  body.Result.OriginatorConversationID = queryId
  const parameters: { Key: string; Value?: string }[] = body.Result.ResultParameters.ResultParameter
  const set = (key: string, value: string | undefined) => {
    const item = parameters.find((parameter) => parameter.Key === key)!
    if (value === undefined) parameters.splice(parameters.indexOf(item), 1)
    else item.Value = value
  }
  set('OriginatorConversationID', originatorConversationId)
  set('TransactionStatus', status.TransactionStatus)
  set('Amount', status.Amount)
  set('ReceiptNo', status.ReceiptNo)
  return body
}

/** The documented B2C failure (2001, the initiator information is invalid), for our key. */
export function b2cFailure(originatorConversationId: string) {
  const body = fixture('daraja-b2c-result-failure-2001.json')
  body.Result.OriginatorConversationID = originatorConversationId
  body.Result.ConversationID = `AG_TEST_${originatorConversationId}`
  return body
}

/** Delivered with a proof `hoursAgo`, as the driver leaves it. */
export async function deliveredOrder(world: World, overrides: Partial<Order> = {}, hoursAgo = 1) {
  const order = await makeAssignedOrder(world.shipper, world.carrier, overrides)
  return markDelivered(order, hoursAgo)
}

/** An order its carrier already has, now delivered with a proof `hoursAgo`. */
export async function markDelivered(order: Order, hoursAgo = 1) {
  const deliveredAt = DateTime.now().minus({ hours: hoursAgo })
  order.merge({ status: 'delivered', deliveredAt })
  await order.save()
  await ProofOfDelivery.create({
    orderId: order.id,
    photoKey: 'p.png',
    signatureKey: 's.png',
    receiverName: 'Wanjiku',
    receiverPhone: '+254722000111',
    deliveredAt,
  })
  await db
    .from('proofs_of_delivery')
    .where('order_id', order.id)
    .update({ created_at: deliveredAt.toJSDate() })
  return order
}

/**
 * A paid order (KES 45,000 unless `order` says otherwise) confirmed by its
 * shipper, whose carrier is owned by its dispatcher (the payout number is
 * the owner's phone, `ownerPhone` if given): settled, its payout queued.
 * Another order of the same carrier when `world` is given.
 */
export async function completedPaidOrder(
  client: ApiClient,
  options: { world?: World; order?: Partial<Order>; ownerPhone?: string } = {}
) {
  const world = options.world ?? (await makeWorld())
  const owner = await ownedByItsDispatcher(world.carrier)
  if (options.ownerPhone) {
    owner.phone = options.ownerPhone
    await owner.save()
  }
  const order = await deliveredOrder(world, options.order)
  const payment = await markPaid(order)
  const confirmed = await client
    .post(`/api/v1/orders/${order.id}/confirm-delivery`)
    .json({})
    .loginAs(world.shipper)
  confirmed.assertStatus(200)
  return { world, order, owner, payment }
}

/**
 * A pay-in the shipper started by `provider` from `phone`, then the order
 * cancelled before it went through: whatever the provider confirms next was
 * paid after the cancel. The payment is still pending.
 */
export async function paidAfterCancel(
  client: ApiClient,
  provider: PaymentProviderName,
  phone: string,
  overrides: Partial<Order> = {}
) {
  const world = await makeWorld()
  const order = await makeAssignedOrder(world.shipper, world.carrier, overrides)
  const started = await client
    .post(`/api/v1/orders/${order.id}/payments`)
    .json({ provider, phone })
    .loginAs(world.shipper)
  started.assertStatus(201)
  const cancelled = await client
    .post(`/api/v1/orders/${order.id}/cancel`)
    .json({ reason: 'found another truck' })
    .loginAs(world.shipper)
  cancelled.assertStatus(200)
  const payment = await Payment.findOrFail(started.body().id)
  return { world, order, payment }
}

/** How many times a payout's money left the ledger (`payout:<id>:sent`): never more than once. */
export async function sentJournals(payoutId: number) {
  const journals = await db
    .from('ledger_journals')
    .where('idempotency_key', `payout:${payoutId}:sent`)
  return journals.length
}

/**
 * The (constructed) Reversal result of the reversal request `request`
 * (parsed), as Daraja posts it to its ResultURL: success, or `code` (R000001
 * already reversed). `conversationId` is the one Daraja answered the request with.
 */
export function reversalResult(conversationId: string, receipt: string, code: number | string = 0) {
  const body = fixture('daraja-reversal-result-success.CONSTRUCTED.json')
  delete body._note
  body.Result.ConversationID = conversationId
  // Daraja's own id of the request, one per conversation.
  body.Result.OriginatorConversationID = `8521-${conversationId}`
  body.Result.ResultCode = code
  if (code !== 0) {
    body.Result.ResultDesc = 'The transaction has already been reversed'
    delete body.Result.ResultParameters
  } else {
    const original = body.Result.ResultParameters.ResultParameter.find(
      (item: { Key: string }) => item.Key === 'OriginalTransactionID'
    )
    original.Value = receipt
  }
  return body
}

/**
 * The audit rows of `action` about one subject, oldest first. Never counted
 * over the whole table: a test that commits (PostgreSQL) leaves its rows.
 */
export function auditOf(action: string, subject: { type: string; id: number | string }) {
  return db
    .from('audit_events')
    .where({ action, subject_type: subject.type, subject_id: String(subject.id) })
    .orderBy('id')
}
