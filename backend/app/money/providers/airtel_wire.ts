import { createHmac, timingSafeEqual } from 'node:crypto'
import { parsePhoneNumberFromString } from 'libphonenumber-js'
import type { PaymentFailure } from '#money/payment_failures'
import type { PayInCallback } from '#money/providers/payin_callbacks'
import type { PayInStatus } from '#money/providers/payment_provider'

/**
 * Airtel Money's wire format (Airtel Africa Open API: collections,
 * transaction enquiry, callback), shared by the client, its simulator and
 * the callback route: fixtures in tests/fixtures/providers/airtel-*.
 */

/** Our transaction id at Airtel: Airtel echoes it in the callback and the enquiry is by it. */
export const airtelTransactionIdOf = (paymentId: number) => `NJIAP${paymentId}`
export function paymentIdOfAirtelTransaction(id: unknown) {
  const match = typeof id === 'string' ? /^NJIAP(\d+)$/.exec(id) : null
  return match ? Number(match[1]) : null
}

/** +256712345678 -> 712345678: Airtel's msisdn has no country code. */
export function airtelMsisdn(e164: string) {
  return parsePhoneNumberFromString(e164)?.nationalNumber ?? e164.replace(/^\+\d{3}/, '')
}

/** The callback `{"transaction":{id, message, status_code, airtel_money_id}}` as a report. */
export function readAirtelCallback(body: unknown): PayInCallback | null {
  const transaction = (body as { transaction?: Record<string, unknown> } | null)?.transaction
  if (
    !transaction ||
    typeof transaction.id !== 'string' ||
    typeof transaction.status_code !== 'string'
  ) {
    return null
  }
  const receipt = transaction.airtel_money_id
  return {
    key: `${transaction.id}:${transaction.status_code}`,
    providerRef: transaction.id,
    paid: transaction.status_code === 'TS',
    receipt: typeof receipt === 'string' ? receipt : null,
  }
}

/**
 * Airtel's optional "callback with authentication": the callback carries
 * `hash`, the Base64 HMAC-SHA256 of its `transaction` object (as JSON, in
 * the order sent) under the private key shared with Airtel.
 */
export function airtelCallbackHash(secret: string, transaction: unknown) {
  return createHmac('sha256', secret).update(JSON.stringify(transaction)).digest('base64')
}

/** Why a callback's `hash` is refused, or null when it is good or no key is configured. */
export function airtelHashProblem(secret: string, body: unknown): string | null {
  if (!secret) return null
  const { transaction, hash } = (body ?? {}) as { transaction?: unknown; hash?: unknown }
  if (typeof hash !== 'string' || hash === '') return 'no hash'
  const expected = Buffer.from(airtelCallbackHash(secret, transaction), 'base64')
  const given = Buffer.from(hash, 'base64')
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? null
    : 'hash does not match'
}

/** Airtel's response codes of a failed collection, as our reasons (matched on the code). */
export function failureOfAirtelCode(code: unknown): PaymentFailure {
  switch (code) {
    case 'DP00800001002':
      return 'wrong_pin'
    case 'DP00800001007':
      return 'insufficient_funds'
    case 'DP00800001008':
      return 'cancelled'
    case 'DP00800001024':
    case 'DP00800001029':
      return 'timeout'
    default:
      return 'declined'
  }
}

/** The enquiry's `data.transaction.status`: TS paid, TF failed, anything else (TIP, TA) not yet known. */
export function statusOfAirtel(answer: any): PayInStatus {
  const transaction = answer?.data?.transaction ?? {}
  switch (transaction.status) {
    case 'TS':
      return { state: 'received', receipt: transaction.airtel_money_id ?? undefined }
    case 'TF':
      return {
        state: 'failed',
        reason: failureOfAirtelCode(answer?.status?.response_code),
        detail: String(transaction.message ?? answer?.status?.message ?? 'TF'),
      }
    default:
      return { state: 'pending' }
  }
}
