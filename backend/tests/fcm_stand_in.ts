import { readFileSync } from 'node:fs'
import { Agent, createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:tls'
import app from '@adonisjs/core/services/app'
import FcmPushSender from '#notifications/senders/fcm_push_sender'

const fixture = (name: string) => readFileSync(app.makePath('tests/fixtures/providers', name))

export interface FcmRequest {
  path: string
  authorization: string | undefined
  message: {
    token: string
    notification?: { title: string; body: string }
    data?: Record<string, string>
    webpush?: unknown
  }
}

export type FcmReply = { status: number; body: unknown; headers?: Record<string, string> }

/** FCM's own answers, from the provider fixtures. */
export const FCM_REPLIES = {
  ok: (): FcmReply => ({
    status: 200,
    body: JSON.parse(fixture('fcm-v1-send-response.json').toString()),
  }),
  invalidToken: (): FcmReply => ({
    status: 400,
    body: JSON.parse(fixture('fcm-v1-error-invalid-token-400.json').toString()),
  }),
  invalidData: (): FcmReply => ({
    status: 400,
    body: JSON.parse(fixture('fcm-v1-error-invalid-data-value-400.json').toString()),
  }),
  unregistered: (): FcmReply => ({
    status: 404,
    body: JSON.parse(fixture('fcm-v1-error-unregistered-404.json').toString()),
  }),
  quota: (retryAfter: string): FcmReply => ({
    status: 429,
    headers: { 'retry-after': retryAfter },
    body: {
      error: {
        code: 429,
        message: 'Quota exceeded',
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError',
            'errorCode': 'QUOTA_EXCEEDED',
          },
        ],
      },
    },
  }),
  unavailable: (retryAfter: string): FcmReply => ({
    status: 503,
    headers: { 'retry-after': retryAfter },
    body: {
      error: {
        code: 503,
        message: 'The service is currently unavailable.',
        status: 'UNAVAILABLE',
        details: [
          {
            '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError',
            'errorCode': 'UNAVAILABLE',
          },
        ],
      },
    },
  }),
}

/**
 * A local stand-in that speaks FCM HTTP v1 over TLS
 * (POST /v1/projects/<id>/messages:send). firebase-admin always calls
 * fcm.googleapis.com: the agent it is given connects there instead, and
 * trusts the stand-in's test certificate.
 */
export async function startFcmStandIn(reply: (request: FcmRequest) => FcmReply) {
  const requests: FcmRequest[] = []
  const server: Server = createServer(
    { key: fixture('stand-in-key.pem'), cert: fixture('stand-in-cert.pem') },
    (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk) => chunks.push(chunk))
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString() || '{}')
        const request = {
          path: req.url!,
          authorization: req.headers.authorization,
          message: body.message,
        }
        requests.push(request)
        const answer = reply(request)
        res.writeHead(answer.status, {
          'content-type': 'application/json; charset=UTF-8',
          ...answer.headers,
        })
        res.end(JSON.stringify(answer.body))
      })
    }
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const ca = fixture('stand-in-cert.pem')
  const agent = new Agent({ keepAlive: true })
  agent.createConnection = ((options: { servername?: string }, callback?: unknown) =>
    connect(
      { host: '127.0.0.1', port, ca, servername: options.servername ?? 'fcm.googleapis.com' },
      callback as () => void
    )) as never
  const sender = new FcmPushSender({
    projectId: 'njia-test',
    credential: {
      getAccessToken: async () => ({ access_token: 'ya29.test-token', expires_in: 3600 }),
    },
    httpAgent: agent,
  })
  return {
    requests,
    sender,
    close: async () => {
      await sender.close()
      agent.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
