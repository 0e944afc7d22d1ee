import { readFileSync } from 'node:fs'
import { createPublicKey } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import PayoutGateways from '#money/services/payout_gateways'
import OrangeCashinProvider from '#money/providers/orange_cashin_provider'
import {
  CASHIN_PATH,
  CASHIN_PUBLIC_KEY_PATH,
  CASHIN_TOKEN_PATH,
  MERCHANT_CALLBACK_PATH,
  TRANSACTIONS_PATH,
} from '#money/providers/orange_cashin_wire'
import moneyConfig from '#config/money'
import QueueService from '#core/services/queue_service'
import PaymentGateways from '#money/services/payment_gateways'
import OrangeMoneyProvider from '#money/providers/orange_money_provider'
import { startFakeProvider, type RecordedRequest, type Reply } from '#tests/fake_http_server'
import { RecordingQueue } from '#tests/notifications_fixtures'
import { fixture } from '#tests/money_fixtures'

/**
 * Orange Money's sandbox on a loopback port, answering from the published
 * samples: OAuth token, web payment, transaction status (its `status` set
 * by the test).
 */
export async function useFakeOrangeMoney() {
  const state = { status: 'INITIATED' }
  const answers = {
    webpayment: (_request: RecordedRequest): Reply => ({
      status: 201,
      body: fixture('orange-om-webpayment-response.json'),
    }),
  }
  const server = await startFakeProvider((request) => {
    if (request.url === '/oauth/v3/token') {
      return { status: 200, body: fixture('orange-om-token-response.json') }
    }
    if (request.url === '/orange-money-webpay/dev/v1/webpayment') return answers.webpayment(request)
    if (request.url === '/orange-money-webpay/dev/v1/transactionstatus') {
      const asked = JSON.parse(request.raw.toString())
      return {
        status: 201,
        body: {
          ...fixture('orange-om-transactionstatus-response.json'),
          status: state.status,
          order_id: asked.order_id,
        },
      }
    }
    return { status: 404, body: { code: 404, message: 'Resource not found' } }
  })
  const provider = new OrangeMoneyProvider({
    baseUrl: server.url,
    clientId: 'client',
    clientSecret: 'secret',
    merchantKey: 'merchant-key',
    country: 'dev',
  })
  const queue = new RecordingQueue()
  app.container.swap(PaymentGateways, () => new PaymentGateways({ orange_money: provider }))
  app.container.swap(QueueService, () => queue)
  return {
    state,
    answers,
    queue,
    calls: (path: string) => server.requests.filter((r) => r.url.startsWith(path)),
    restore: async () => {
      app.container.restoreAll([PaymentGateways, QueueService])
      await server.close()
    },
  }
}

/** The published notification, about the attempt whose web payment answer gave `notifToken`. */
export function orangeNotification(status: string, notifToken: string) {
  return { ...fixture('orange-om-notification.json'), status, notif_token: notifToken }
}

/** The PIN our Orange cash-in stand-in is configured with (the test decrypts what we sent with stand-in-key.pem). */
export const ORANGE_CASHIN_PIN = '2580'

/** The apiKey our Orange cash-in notifications carry in the tests (.env.test leaves it to the simulator's). */
export const ORANGE_CASHIN_API_KEY = moneyConfig.orangeMoney.cashin.callbackApiKey

/**
 * Sonatel's Orange Money API on a loopback port, from the constructed
 * samples (orange-cashin-*.CONSTRUCTED.json): OAuth token, public key,
 * cash-in (which, like Orange, takes a reference twice), the search by
 * reference and the status by id. `answers.status` is what a new cash-in
 * becomes; `answers.cashin` can refuse it or lose its answer.
 */
export async function useFakeOrangeCashin() {
  const byReference = new Map<string, any>()
  /** Merchant callbacks registered, by merchant code. */
  const callbacks = new Map<string, any>()
  let next = 0
  const publicKey = createPublicKey(
    readFileSync(app.makePath('tests/fixtures/providers/stand-in-cert.pem'), 'utf8')
  )
    .export({ type: 'spki', format: 'der' })
    .toString('base64')
  const answers = {
    status: 'SUCCESS',
    cashin: (transaction: any): Reply => ({
      status: 200,
      body: { ...withoutNote(fixture('orange-cashin-response.CONSTRUCTED.json')), ...transaction },
    }),
  }
  const server = await startFakeProvider((request) => {
    if (request.method === 'POST' && request.url === CASHIN_TOKEN_PATH) {
      return { status: 200, body: fixture('orange-cashin-token-response.CONSTRUCTED.json') }
    }
    if (request.headers.authorization !== 'Bearer eyJhbGciOiJSUzI1NiJ9.stand-in-token') {
      return { status: 401, body: { title: 'Unauthorized' } }
    }
    if (request.method === 'GET' && request.url === CASHIN_PUBLIC_KEY_PATH) {
      const body = withoutNote(fixture('orange-cashin-publickey-response.CONSTRUCTED.json'))
      return { status: 200, body: { ...body, key: publicKey } }
    }
    if (request.method === 'POST' && request.url === CASHIN_PATH) {
      const asked = JSON.parse(request.raw.toString())
      const transaction = {
        transactionId: `CI1234.5678.${++next}`,
        requestId: `1234.5678.${next}`,
        status: answers.status,
        type: 'CASHIN',
        amount: asked.amount,
        customer: asked.customer,
        reference: asked.reference,
      }
      // Orange keeps what it received even when its answer is lost.
      const reply = answers.cashin(transaction)
      if (reply.status < 400 || reply.status >= 500) byReference.set(asked.reference, transaction)
      return reply
    }
    const url = new URL(request.url, 'http://stand-in')
    if (request.method === 'GET' && url.pathname === TRANSACTIONS_PATH) {
      const found = byReference.get(url.searchParams.get('reference') ?? '')
      return { status: 200, body: found ? [found] : [] }
    }
    if (request.method === 'POST' && url.pathname === MERCHANT_CALLBACK_PATH) {
      const registration = JSON.parse(request.raw.toString())
      if (!registration.apiKey || !registration.callbackUrl || !registration.code) {
        return {
          status: 400,
          body: { title: 'Bad Request', detail: 'apiKey, callbackUrl and code are required' },
        }
      }
      callbacks.set(registration.code, registration)
      return { status: 200, body: registration }
    }
    if (request.method === 'GET' && url.pathname === MERCHANT_CALLBACK_PATH) {
      const found = callbacks.get(url.searchParams.get('code') ?? '')
      if (!found) return { status: 404, body: { title: 'Entity not found', code: '60' } }
      const shown = { ...found }
      delete shown.apiKey
      return {
        status: 200,
        body: {
          ...withoutNote(fixture('orange-cashin-merchantcallback-response.CONSTRUCTED.json')),
          ...shown,
        },
      }
    }
    const status = /^\/api\/eWallet\/v1\/transactions\/([^/]+)\/status$/.exec(url.pathname)
    if (request.method === 'GET' && status) {
      const id = decodeURIComponent(status[1])
      const found = [...byReference.values()].find((t) => t.transactionId === id)
      if (!found) return { status: 404, body: { title: 'Entity not found', code: '60' } }
      return { status: 200, body: { transactionId: id, status: found.status } }
    }
    return { status: 404, body: { title: 'Entity not found', code: '60' } }
  })
  const provider = new OrangeCashinProvider({
    baseUrl: server.url,
    clientId: 'client',
    clientSecret: 'secret',
    retailerMsisdn: '771000000',
    pin: ORANGE_CASHIN_PIN,
  })
  const queue = new RecordingQueue()
  app.container.swap(PayoutGateways, () => new PayoutGateways({ orange_money: provider }))
  app.container.swap(QueueService, () => queue)
  return {
    server,
    answers,
    queue,
    byReference,
    callbacks,
    /** The cash-in requests we sent, parsed. */
    cashins: () =>
      server.requests
        .filter((r) => r.method === 'POST' && r.url === CASHIN_PATH)
        .map((r) => JSON.parse(r.raw.toString())),
    searches: () => server.requests.filter((r) => r.url.startsWith(`${TRANSACTIONS_PATH}?`)),
    restore: async () => {
      app.container.restoreAll([PayoutGateways, QueueService])
      await server.close()
    },
  }
}

/** A constructed cash-in notification about `transaction` (its status as given). */
export function orangeCashinNotification(transaction: Record<string, unknown>) {
  return { ...withoutNote(fixture('orange-cashin-notification.CONSTRUCTED.json')), ...transaction }
}

function withoutNote(body: any) {
  delete body._note
  return body
}
