/**
 * One way to send a text message. Implementations: Africa's Talking,
 * Twilio, and `log` (development: kept in the database, shown at
 * GET /api/v1/dev/outbox). Chosen by SMS_TRANSPORT, never by environment.
 */
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

export interface SmsSender {
  readonly name: string
  send(to: string[], body: string): Promise<SmsResult[]>
}
