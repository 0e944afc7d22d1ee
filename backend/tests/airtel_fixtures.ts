import app from '@adonisjs/core/services/app'
import QueueService from '#core/services/queue_service'
import PaymentGateways from '#money/services/payment_gateways'
import AirtelProvider from '#money/providers/airtel_provider'
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
