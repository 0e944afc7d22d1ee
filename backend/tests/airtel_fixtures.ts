import { readFileSync } from 'node:fs'
import { constants, createPublicKey, privateDecrypt } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import type { ApiClient } from '@japa/api-client'
import QueueService from '#core/services/queue_service'
import PaymentGateways from '#money/services/payment_gateways'
import AirtelProvider from '#money/providers/airtel_provider'
import AirtelPayoutProvider from '#money/providers/airtel_payout_provider'
import PayoutGateways from '#money/services/payout_gateways'
import { DISBURSEMENT_PATH, encryptedAirtelPin } from '#money/providers/airtel_disbursement_wire'
import { startFakeProvider, type RecordedRequest, type Reply } from '#tests/fake_http_server'
import { RecordingQueue } from '#tests/notifications_fixtures'
import { fixture } from '#tests/money_fixtures'

/**
 * Airtel's UAT on a loopback port, answering from the published samples:
 * OAuth token, collection, transaction enquiry (`enquiry` set by the test).
 */
export async function useFakeAirtel() {
  const answers = {
    collect: (_request: RecordedRequest): Reply => ({
      status: 200,
      body: fixture('airtel-collection-response.json'),
    }),
    /** The enquiry's transaction status and response code. */
    enquiry: { status: 'TIP', responseCode: 'DP00800001006', message: 'In process' },
  }
  const server = await startFakeProvider((request) => {
    if (request.url === '/auth/oauth2/token') {
      return { status: 200, body: fixture('airtel-oauth-token-response.json') }
    }
    if (request.method === 'POST' && request.url === '/merchant/v1/payments/') {
      return answers.collect(request)
    }
    const enquiry = /^\/standard\/v1\/payments\/([^/?]+)$/.exec(request.url)
    if (enquiry) {
      const body = fixture('airtel-transaction-enquiry-response.json')
      body.data.transaction.id = decodeURIComponent(enquiry[1])
      body.data.transaction.status = answers.enquiry.status
      body.data.transaction.message = answers.enquiry.message
      body.status.response_code = answers.enquiry.responseCode
      return { status: 200, body }
    }
    return { status: 404, body: { status: { success: false, message: 'Not found' } } }
  })
  const provider = new AirtelProvider({
    baseUrl: server.url,
    clientId: 'consumer-key',
    clientSecret: 'consumer-secret',
  })
  const queue = new RecordingQueue()
  app.container.swap(PaymentGateways, () => new PaymentGateways({ airtel: provider }))
  app.container.swap(QueueService, () => queue)
  return {
    answers,
    queue,
    calls: (path: string) => server.requests.filter((r) => r.url.startsWith(path)),
    restore: async () => {
      app.container.restoreAll([PaymentGateways, QueueService])
      await server.close()
    },
  }
}

/** The published success callback (or the TF one), about our transaction `id`. */
export function airtelCallback(id: string, outcome: 'success' | 'failed' = 'success') {
  const body = fixture(
    outcome === 'success'
      ? 'airtel-callback-success.json'
      : 'airtel-callback-failed-TF.CONSTRUCTED.json'
  )
  delete body._note
  body.transaction.id = id
  return body
}

/**
 * Airtel settles our transaction `id` (its enquiry now answers TS) and posts
 * its success callback `times` times, each acknowledged.
 */
export async function airtelSettles(
  client: ApiClient,
  airtel: Awaited<ReturnType<typeof useFakeAirtel>>,
  id: string,
  times = 1
) {
  airtel.answers.enquiry = { status: 'TS', responseCode: 'DP00800001001', message: 'success' }
  for (let i = 0; i < times; i++) {
    const ack = await client.post('/api/v1/webhooks/airtel').json(airtelCallback(id))
    ack.assertStatus(200)
  }
}

/** The PIN our Airtel disbursement stand-in is configured with (the test decrypts what we sent with stand-in-key.pem). */
export const AIRTEL_PAYOUT_PIN = '4321'

/**
 * Airtel's disbursement API on a loopback port, from the constructed
 * samples (airtel-disbursement-*.CONSTRUCTED.json): one transaction per id
 * (a repeated id is refused with DP00900001017, as Airtel does), and the
 * enquiry by id. `answers.status`/`answers.code` is what a new
 * disbursement becomes; `answers.send` can lose the answer of one Airtel made.
 */
export async function useFakeAirtelPayouts(currencies = ['TZS', 'UGX']) {
  const byId = new Map<string, any>()
  let next = 0
  const answers = {
    status: 'TS' as string,
    code: 'DP00900001001',
    send: (transaction: any): Reply => {
      const body = fixture('airtel-disbursement-response.CONSTRUCTED.json')
      delete body._note
      body.data.transaction = { ...transaction }
      body.status.response_code = transaction.code
      body.status.success = transaction.status !== 'TF'
      return { status: 200, body }
    },
  }
  const server = await startFakeProvider((request) => {
    if (request.url === '/auth/oauth2/token') {
      return { status: 200, body: fixture('airtel-oauth-token-response.json') }
    }
    if (request.method === 'POST' && request.url === DISBURSEMENT_PATH) {
      const asked = JSON.parse(request.raw.toString())
      const id = asked.transaction.id
      if (byId.has(id)) {
        return {
          status: 200,
          body: fixture('airtel-disbursement-error-duplicate.CONSTRUCTED.json'),
        }
      }
      const transaction = {
        id,
        status: answers.status,
        code: answers.code,
        reference_id: String(1_800_000 + ++next),
        airtel_money_id: `TZ-PARTNER-${next}`,
      }
      byId.set(id, transaction)
      return answers.send(transaction)
    }
    const enquiry = /^\/standard\/v1\/disbursements\/([^/?]+)\?transactionType=B2C$/.exec(
      request.url
    )
    if (request.method === 'GET' && enquiry) {
      const transaction = byId.get(decodeURIComponent(enquiry[1]))
      const body = fixture('airtel-disbursement-enquiry-response.CONSTRUCTED.json')
      delete body._note
      if (!transaction) {
        body.data = {}
        Object.assign(body.status, {
          response_code: 'DP00900001015',
          message: 'Transaction Not Found.',
          success: false,
        })
        return { status: 200, body }
      }
      body.data.transaction = {
        id: transaction.id,
        status: transaction.status,
        airtel_money_id: transaction.airtel_money_id,
        message: transaction.status,
      }
      body.status.response_code = transaction.code
      return { status: 200, body }
    }
    return { status: 404, body: { status: { success: false, message: 'Not found' } } }
  })
  const publicKey = createPublicKey(
    readFileSync(app.makePath('tests/fixtures/providers/stand-in-cert.pem'), 'utf8')
  )
    .export({ type: 'spki', format: 'der' })
    .toString('base64')
  const provider = new AirtelPayoutProvider({
    baseUrl: server.url,
    clientId: 'consumer-key',
    clientSecret: 'consumer-secret',
    encryptedPins: Object.fromEntries(
      currencies.map((code) => [code, encryptedAirtelPin(AIRTEL_PAYOUT_PIN, publicKey)])
    ),
  })
  const queue = new RecordingQueue()
  app.container.swap(PayoutGateways, () => new PayoutGateways({ airtel: provider }))
  app.container.swap(QueueService, () => queue)
  return {
    server,
    answers,
    queue,
    byId,
    /** The disbursement requests we sent, parsed, with their headers. */
    requests: () =>
      server.requests
        .filter((r) => r.method === 'POST' && r.url === DISBURSEMENT_PATH)
        .map((r) => ({ headers: r.headers, body: JSON.parse(r.raw.toString()) })),
    enquiries: () => server.requests.filter((r) => r.method === 'GET' && r.url.includes('?')),
    restore: async () => {
      app.container.restoreAll([PayoutGateways, QueueService])
      await server.close()
    },
  }
}

/** The PIN as Airtel would read it: decrypted with the stand-in's private key. */
export function decryptedPin(encrypted: string) {
  return privateDecrypt(
    {
      key: readFileSync(app.makePath('tests/fixtures/providers/stand-in-key.pem'), 'utf8'),
      padding: constants.RSA_PKCS1_PADDING,
    },
    Buffer.from(encrypted, 'base64')
  ).toString('utf8')
}
