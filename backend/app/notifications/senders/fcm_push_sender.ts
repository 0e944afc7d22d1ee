import type { Agent } from 'node:http'
import { initializeApp, deleteApp, cert, type App, type Credential } from 'firebase-admin/app'
import { getMessaging, type Messaging } from 'firebase-admin/messaging'
import type PushSender from '#notifications/push_sender'
import type { PushMessage, PushResult } from '#notifications/push_sender'

export interface FcmConfig {
  projectId: string
  /** A service account (JSON) or any credential that yields OAuth2 access tokens. */
  credential: Credential | Record<string, string>
  /** Routes the HTTPS calls elsewhere: the tests' local FCM stand-in. */
  httpAgent?: Agent
}

/** FCM error codes (firebase-admin's) that mean "this token is dead, forget it". */
const DEAD_TOKEN = new Set([
  'messaging/registration-token-not-registered',
  'messaging/invalid-registration-token',
  'messaging/invalid-recipient',
])
/** Codes worth another try later (429, 5xx, network). */
const TRANSIENT = new Set([
  'messaging/message-rate-exceeded',
  'messaging/device-message-rate-exceeded',
  'messaging/server-unavailable',
  'messaging/internal-error',
  'messaging/unknown-error',
  'app/network-error',
  'app/network-timeout',
])

let apps = 0

/**
 * Firebase Cloud Messaging HTTP v1 (POST /v1/projects/<id>/messages:send)
 * through firebase-admin: one message per device token, as a web push
 * whose tap opens `link`.
 */
export default class FcmPushSender implements PushSender {
  readonly name = 'fcm'
  #app: App
  #messaging: Messaging

  constructor(config: FcmConfig) {
    const credential =
      'getAccessToken' in config.credential
        ? (config.credential as Credential)
        : cert(config.credential as Record<string, string>)
    this.#app = initializeApp(
      { credential, projectId: config.projectId, httpAgent: config.httpAgent },
      `njia-fcm-${++apps}`
    )
    this.#messaging = getMessaging(this.#app)
  }

  async send(token: string, message: PushMessage): Promise<PushResult> {
    try {
      const messageId = await this.#messaging.send({
        token,
        notification: { title: message.title, body: message.body },
        data: { ...message.data, link: message.link },
        webpush: {
          // Shown by the PWA's own service worker (Angular's): a tap opens `link`.
          notification: {
            title: message.title,
            body: message.body,
            icon: '/icons/icon-192x192.png',
            tag: message.data.notificationId,
            data: {
              onActionClick: {
                default: { operation: 'navigateLastFocusedOrOpen', url: message.link },
              },
            },
          },
          fcmOptions: { link: message.link },
        },
      })
      return { status: 'sent', messageId }
    } catch (error) {
      return classify(error)
    }
  }

  close() {
    return deleteApp(this.#app)
  }
}

function classify(error: unknown): PushResult {
  const e = error as {
    code?: string
    message?: string
    httpResponse?: { status?: number; headers?: Record<string, string> }
  }
  const code = e.code ?? 'unknown'
  const text = `${code}: ${e.message ?? 'FCM refused the message'}`.slice(0, 250)
  const status = e.httpResponse?.status
  // An INVALID_ARGUMENT about the token (not about a field of the message) kills the token too.
  if (
    DEAD_TOKEN.has(code) ||
    (code === 'messaging/invalid-argument' && /registration token/i.test(e.message ?? ''))
  ) {
    return { status: 'invalid_token', error: text }
  }
  if (TRANSIENT.has(code) || status === 429 || (status !== undefined && status >= 500)) {
    const header = e.httpResponse?.headers?.['retry-after']
    return { status: 'retry', error: text, retryAfterSeconds: retryAfter(header) }
  }
  return { status: 'failed', error: text }
}

/** Retry-After is seconds or an HTTP date. */
function retryAfter(header: string | undefined): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000))
}
