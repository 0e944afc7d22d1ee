import { timingSafeEqual } from 'node:crypto'
import type { PayoutFailure } from '#money/payout_texts'
import type { PayoutOutcome } from '#money/providers/payout_provider'
import { toMinor } from '#money/minor_units'

/**
 * Orange Money's cash-in (Sonatel's Orange Money API, "Cash In": money from
 * our retailer wallet to a customer's wallet), shared by the client, its
 * simulator, the notification route and the tests' stand-in. No published
 * sample is in the shared fixtures: tests/fixtures/providers/orange-cashin-*.CONSTRUCTED.json
 * are built from the documented paths, fields, statuses and error codes.
 */

export const CASHIN_TOKEN_PATH = '/oauth/v1/token'
export const CASHIN_PUBLIC_KEY_PATH = '/api/account/v1/publicKeys'
export const CASHIN_PATH = '/api/eWallet/v1/cashins'
export const TRANSACTIONS_PATH = '/api/eWallet/v1/transactions'

/** Our route for Orange's cash-in notifications (registered once with Orange's merchant callback). */
export const CASHIN_NOTIFICATION_ROUTE = '/api/v1/webhooks/orange_money_cashin'

/** Where the notification URL is registered (POST) and read back by merchant code (GET `?code=`). */
export const MERCHANT_CALLBACK_PATH = '/api/notification/v1/merchantcallback'

/** The registration of our notification URL: Orange then posts there with `Authorization: Basic <apiKey>`. */
export interface MerchantCallback {
  apiKey: string
  callbackUrl: string
  /** Our merchant code at Orange. */
  code: string
  /** How Orange names this callback. */
  name: string
}

export const merchantCallbackPath = (code: string) =>
  `${MERCHANT_CALLBACK_PATH}?code=${encodeURIComponent(code)}`

/** Our attempt's transactions, searched by the `reference` we gave it (a bare JSON list). */
export const transactionsByReferencePath = (reference: string) =>
  `${TRANSACTIONS_PATH}?reference=${encodeURIComponent(reference)}&type=CASHIN`

/** One transaction's status by Orange's id. */
export const transactionStatusPath = (transactionId: string) =>
  `${TRANSACTIONS_PATH}/${encodeURIComponent(transactionId)}/status`

/** +221771234567 -> 771234567: the customer and partner ids are national numbers. */
export function orangeMsisdn(e164: string) {
  return e164.replace(/^\+221/, '').replace(/^\+/, '')
}

/** A transaction that moved the money. */
const DONE = 'SUCCESS'
/** Final without money moving. */
const NOT_DONE: ReadonlySet<string> = new Set(['FAILED', 'REJECTED', 'CANCELLED'])

/** Orange's business error codes of a refused cash-in, as our reasons (matched on the code). */
export function payoutFailureOfOrangeCode(code: unknown): PayoutFailure {
  switch (String(code ?? '')) {
    case '2000': // the customer has no Orange Money account
    case '2001': // not a valid MSISDN
      return 'recipient_invalid'
    case '2011': // our PIN is wrong
    case '2013': // our wallet is blocked
    case '2020': // our wallet is short
    case '2041': // our wallet may not do this
    case '4003': // the public key our PIN was encrypted with was revoked
      return 'platform_account'
    default:
      return 'declined'
  }
}

/** A cash-in transaction as Orange answers it (the cash-in answer, a search hit, a status, a notification). */
export interface OrangeTransaction {
  transactionId?: unknown
  status?: unknown
  amount?: { value?: unknown; unit?: unknown }
  reference?: unknown
  description?: unknown
  code?: unknown
}

/**
 * What a transaction says of our attempt: SUCCESS is sent (Orange's
 * transactionId is the receipt), FAILED/REJECTED/CANCELLED is final,
 * anything else (ACCEPTED, INITIATED, PENDING, PRE_INITIATED) not yet.
 */
export function outcomeOfOrangeCashin(
  transaction: OrangeTransaction,
  currency: string
): PayoutOutcome {
  const status = String(transaction.status ?? '')
  const detail = `${status} ${transaction.description ?? ''}`.trim()
  if (status === DONE) {
    const receipt = transaction.transactionId
    if (typeof receipt !== 'string' || receipt === '') {
      return { state: 'pending', detail: 'Orange says SUCCESS without a transaction id' }
    }
    const value = transaction.amount?.value
    const amount = value === undefined ? undefined : (toMinor(value, currency) ?? undefined)
    return { state: 'sent', receipt, amount }
  }
  if (NOT_DONE.has(status)) {
    return { state: 'failed', reason: payoutFailureOfOrangeCode(transaction.code), detail }
  }
  return { state: 'pending', detail: detail || 'Orange cash-in status unknown' }
}

/** A cash-in notification: what it names (our reference, Orange's id and status), or null. */
export function readOrangeCashinNotification(body: unknown) {
  const notification = body as OrangeTransaction & { type?: unknown }
  if (!notification || typeof notification !== 'object') return null
  const { reference, transactionId, status } = notification
  if (typeof reference !== 'string' || typeof status !== 'string') return null
  if (notification.type !== undefined && notification.type !== 'CASHIN') return null
  return {
    reference,
    transactionId: typeof transactionId === 'string' ? transactionId : null,
    status,
  }
}

/**
 * Whether a notification carries the apiKey we registered with Orange's
 * merchant callback (`Authorization: Basic <apiKey>`), compared in constant time.
 */
export function orangeApiKeyProblem(expected: string, authorization: string | undefined) {
  if (!expected) return 'ORANGE_CASHIN_CALLBACK_API_KEY is not set'
  const given = /^Basic (.+)$/.exec(authorization ?? '')?.[1] ?? ''
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  if (a.length !== b.length || !timingSafeEqual(a, b)) return 'not our callback apiKey'
  return null
}
