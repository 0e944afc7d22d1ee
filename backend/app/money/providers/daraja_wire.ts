import { DateTime } from 'luxon'
import type { PaymentFailure } from '#money/payment_failures'

/**
 * Daraja's wire format (M-Pesa Express), shared by the Daraja client and the
 * simulator that speaks it: fixtures in tests/fixtures/providers/daraja-*.
 */

/** YYYYMMDDHHmmss in Kenya's time, as Daraja expects. */
export function darajaTimestamp(at: DateTime = DateTime.now()) {
  return at.setZone('Africa/Nairobi').toFormat('yyyyMMddHHmmss')
}

/** base64(BusinessShortCode + Passkey + Timestamp), plain concatenation. */
export function stkPassword(shortcode: string, passkey: string, timestamp: string) {
  return Buffer.from(`${shortcode}${passkey}${timestamp}`, 'utf8').toString('base64')
}

/** Daraja's AccountReference holds at most 12 characters (longer prompts fail with 1025). */
export const ACCOUNT_REFERENCE_MAX = 12
/** TransactionDesc: at most 13 characters. */
export const TRANSACTION_DESC_MAX = 13

/** "NJIA-123" while it fits, else the id in base 36 ("NJIA2N9C1"). */
export function accountReferenceFor(orderId: number) {
  const plain = `NJIA-${orderId}`
  return plain.length <= ACCOUNT_REFERENCE_MAX
    ? plain
    : `NJIA${orderId.toString(36).toUpperCase()}`.slice(0, ACCOUNT_REFERENCE_MAX)
}

/** +254712345678 -> 254712345678 (Daraja's MSISDN). */
export const msisdn = (e164: string) => e164.replace(/^\+/, '')

/**
 * A result code (a number in callbacks, a string in the STK query) as our
 * failure reason; 0 is success and never comes here. Matched on the
 * number, never on ResultDesc.
 */
export function failureOfResultCode(code: string | number): PaymentFailure {
  switch (String(code)) {
    case '1032':
      return 'cancelled'
    case '2001':
      return 'wrong_pin'
    case '1019':
      return 'timeout'
    case '1':
      return 'insufficient_funds'
    case '1037':
    case '1025':
      return 'unreachable'
    default:
      return 'declined'
  }
}

export interface StkCallback {
  merchantRequestId: string
  checkoutRequestId: string
  resultCode: number
  resultDesc: string
  /** CallbackMetadata items by name (an item may have a Name and no Value). */
  metadata: Record<string, string | number | undefined>
}

/** The callback's `Body.stkCallback`, or null when the body is not one. */
export function readStkCallback(body: unknown): StkCallback | null {
  const callback = (body as { Body?: { stkCallback?: Record<string, any> } })?.Body?.stkCallback
  if (!callback || typeof callback.CheckoutRequestID !== 'string') return null
  const resultCode = Number(callback.ResultCode)
  if (!Number.isInteger(resultCode)) return null
  const items: unknown = callback.CallbackMetadata?.Item
  const metadata: StkCallback['metadata'] = {}
  if (Array.isArray(items)) {
    for (const item of items) {
      if (item && typeof item.Name === 'string') metadata[item.Name] = item.Value
    }
  }
  return {
    merchantRequestId: String(callback.MerchantRequestID ?? ''),
    checkoutRequestId: callback.CheckoutRequestID,
    resultCode,
    resultDesc: String(callback.ResultDesc ?? ''),
    metadata,
  }
}

/** The acknowledgement Daraja expects from a callback URL. */
export const STK_CALLBACK_ACK = { ResultCode: 0, ResultDesc: 'Accepted' }
