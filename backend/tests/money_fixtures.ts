import app from '@adonisjs/core/services/app'
import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import type Order from '#orders/models/order'
import Payment from '#money/models/payment'
import LedgerService from '#money/services/ledger_service'
import { owners } from '#money/ledger_accounts'
import QueueService from '#core/services/queue_service'
import PaymentGateways from '#money/services/payment_gateways'
import DarajaProvider from '#money/providers/daraja_provider'
import { startFakeProvider, type RecordedRequest, type Reply } from '#tests/fake_http_server'
import { RecordingQueue } from '#tests/notifications_fixtures'

/** A published provider sample from tests/fixtures/providers (a fresh copy each time). */
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
 * The order's price received by M-Pesa and in escrow, as a confirmed STK
 * push leaves it (for tests whose subject comes after payment).
 */
export async function markPaid(order: Order) {
  const payment = await Payment.create({
    orderId: order.id,
    payerId: order.shipperId,
    provider: 'mpesa',
    amount: order.priceAmount!,
    currency: order.currency,
    phone: '+254722000000',
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
        account: { owner: owners.provider('mpesa'), purpose: 'provider_clearing' },
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
