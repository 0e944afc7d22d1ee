export interface SmsResult {
  /** E.164 number the provider reported on. */
  to: string
  /** Provider's own status word, e.g. "Success", "queued", "logged". */
  status: string
  /** True when the provider accepted the message for delivery. */
  accepted: boolean
  providerMessageId?: string
  /** Provider's error text when not accepted. */
  error?: string
  /** Provider's price text when it reports one, e.g. "KES 0.8000". */
  cost?: string
}

/**
 * One way to send a text message. Implementations: Africa's Talking,
 * Twilio, and `log` (development: kept in the database, shown at
 * GET /api/v1/dev/outbox). Chosen by SMS_TRANSPORT, never by environment:
 * this class is the container's token, and providers/app_provider.ts binds
 * the configured sender to it.
 */
export default abstract class SmsSender {
  abstract readonly name: string
  abstract send(to: string[], body: string): Promise<SmsResult[]>
}
