import app from '@adonisjs/core/services/app'
import QueueService from '#core/services/queue_service'
import PaymentGateways from '#money/services/payment_gateways'
import WaveProvider from '#money/providers/wave_provider'
import WavePayoutProvider from '#money/providers/wave_payout_provider'
import PayoutGateways from '#money/services/payout_gateways'
import { signatureHeader } from '#money/providers/wave_wire'
import moneyConfig from '#config/money'
import { startFakeProvider, type RecordedRequest, type Reply } from '#tests/fake_http_server'
import { RecordingQueue } from '#tests/notifications_fixtures'
import { fixture } from '#tests/money_fixtures'

/** The session Wave opened for a create request: the published completed sample, reopened. */
function openedSession(request: RecordedRequest, id: string) {
  const asked = JSON.parse(request.raw.toString())
  return {
    ...fixture('wave-checkout-session-object-completed.json'),
    id,
    amount: asked.amount,
    currency: asked.currency,
    client_reference: asked.client_reference,
    success_url: asked.success_url,
    error_url: asked.error_url,
    checkout_status: 'open',
    payment_status: 'processing',
    when_completed: null,
    transaction_id: null,
    wave_launch_url: `https://pay.wave.com/c/${id}?a=${asked.amount}&c=${asked.currency}`,
  }
}

/**
 * Wave on a loopback port in its wire format: it opens sessions, answers
 * session reads as `sessions` holds them (a test completes or fails them)
 * and expires them.
 */
export async function useFakeWave() {
  const sessions = new Map<string, any>()
  let next = 0
  const answers = {
    create: (request: RecordedRequest): Reply => {
      const session = openedSession(request, `cos-test${++next}`)
      sessions.set(session.id, session)
      return { status: 200, body: session }
    },
  }
  const server = await startFakeProvider((request) => {
    if (request.method === 'POST' && request.url === '/v1/checkout/sessions') {
      return answers.create(request)
    }
    const match = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(request.url)
    const session = match && sessions.get(decodeURIComponent(match[1]))
    if (!session) return { status: 404, body: { code: 'not-found', message: 'No such session' } }
    if (match![2]) {
      if (session.checkout_status !== 'open') {
        return { status: 409, body: { code: 'checkout-session-not-open', message: 'Not open' } }
      }
      session.checkout_status = 'expired'
      return { status: 200, body: {} }
    }
    return { status: 200, body: session }
  })
  const provider = new WaveProvider({ baseUrl: server.url, apiKey: 'wave_sn_prod_test' })
  const queue = new RecordingQueue()
  app.container.swap(PaymentGateways, () => new PaymentGateways({ wave: provider }))
  app.container.swap(QueueService, () => queue)
  return {
    server,
    sessions,
    answers,
    queue,
    calls: (method: string, path: string) =>
      server.requests.filter((r) => r.method === method && r.url.startsWith(path)),
    /** The session paid, as Wave's completed sample has it. */
    complete(id: string) {
      const session = sessions.get(id)
      Object.assign(session, {
        checkout_status: 'complete',
        payment_status: 'succeeded',
        transaction_id: 'TCN4Y4ZC3FM',
        when_completed: '2022-11-08T15:05:45Z',
      })
      return session
    },
    restore: async () => {
      app.container.restoreAll([PaymentGateways, QueueService])
      await server.close()
    },
  }
}

/** A Wave event about a session, as its webhook sends it. */
export function waveEvent(type: string, session: unknown, id = 'AE_ijkl') {
  return JSON.stringify({ id, type, data: session })
}

/** Wave-Signature for a raw body, signed now (or at `at`, unix seconds) with our webhook secret. */
export function waveSigned(rawBody: string, at = Math.floor(Date.now() / 1000)) {
  return signatureHeader(moneyConfig.wave.webhookSecret, at, rawBody)
}

/**
 * Wave's Payout API on a loopback port, from wave-payout-response.json:
 * one payout per Idempotency-Key (a repeat answers the first), reads by id
 * and by client_reference. `answers.status` is what a new payout becomes;
 * `answers.send` can lose the answer of a payout Wave made.
 */
export async function useFakeWavePayouts() {
  const byKey = new Map<string, any>()
  let next = 0
  const answers = {
    status: 'succeeded' as string,
    error: null as null | { error_code: string; error_message: string },
    send: (payout: any): Reply => ({ status: 200, body: payout }),
  }
  const server = await startFakeProvider((request) => {
    if (request.method === 'POST' && request.url === '/v1/payout') {
      const key = String(request.headers['idempotency-key'])
      if (!byKey.has(key)) {
        const asked = JSON.parse(request.raw.toString())
        byKey.set(key, {
          ...fixture('wave-payout-response.json'),
          id: `pt-test${++next}`,
          currency: asked.currency,
          receive_amount: asked.receive_amount,
          mobile: asked.mobile,
          name: null,
          client_reference: asked.client_reference,
          status: answers.status,
          payout_error: answers.error,
        })
      }
      return answers.send(byKey.get(key))
    }
    const search = /^\/v1\/payouts\/search\?client_reference=(.+)$/.exec(request.url)
    if (request.method === 'GET' && search) {
      const reference = decodeURIComponent(search[1])
      const result = [...byKey.values()].filter((p) => p.client_reference === reference)
      return { status: 200, body: { result } }
    }
    const read = /^\/v1\/payout\/([^/]+)$/.exec(request.url)
    const payout = read && [...byKey.values()].find((p) => p.id === decodeURIComponent(read[1]))
    if (payout) return { status: 200, body: payout }
    return { status: 404, body: { code: 'not-found', message: 'No such payout' } }
  })
  const provider = new WavePayoutProvider({ baseUrl: server.url, apiKey: 'wave_sn_prod_test' })
  const queue = new RecordingQueue()
  app.container.swap(PayoutGateways, () => new PayoutGateways({ wave: provider }))
  app.container.swap(QueueService, () => queue)
  return {
    server,
    answers,
    queue,
    byKey,
    /** The payout requests we sent, with their Idempotency-Key. */
    requests: () =>
      server.requests
        .filter((r) => r.method === 'POST' && r.url === '/v1/payout')
        .map((r) => ({
          key: r.headers['idempotency-key'],
          headers: r.headers,
          body: JSON.parse(r.raw.toString()),
        })),
    restore: async () => {
      app.container.restoreAll([PayoutGateways, QueueService])
      await server.close()
    },
  }
}
