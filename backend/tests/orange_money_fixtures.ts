import app from '@adonisjs/core/services/app'
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
