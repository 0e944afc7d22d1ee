/** What a push shows and where tapping it leads. FCM data values must all be strings. */
export interface PushMessage {
  title: string
  body: string
  /** Path the PWA opens when the push is tapped, e.g. /orders/12. */
  link: string
  data: Record<string, string>
}

/**
 * The answer for one device token:
 * - `sent`: FCM took it (`messageId` is its name)
 * - `invalid_token`: UNREGISTERED or an invalid token: delete the device
 * - `retry`: 429 / 503 / unreachable: try again after `retryAfterSeconds` when FCM said so
 * - `failed`: refused for good (a bad message): do not retry
 */
export type PushResult =
  | { status: 'sent'; messageId: string }
  | { status: 'invalid_token'; error: string }
  | { status: 'retry'; error: string; retryAfterSeconds?: number }
  | { status: 'failed'; error: string }

/**
 * One way to push to a device. Implementations: FCM HTTP v1 through
 * firebase-admin, and `log` (development: the push is kept in the dev
 * outbox). Chosen by PUSH_TRANSPORT: this class is the container's token,
 * bound by providers/app_provider.ts.
 */
export default abstract class PushSender {
  abstract readonly name: string
  abstract send(token: string, message: PushMessage): Promise<PushResult>
}
