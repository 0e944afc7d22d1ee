import { rsaEncryptedPin } from '#money/providers/rsa_pin'
import type { PayoutFailure } from '#money/payout_texts'
import type { PayoutOutcome } from '#money/providers/payout_provider'
import { toMinor } from '#money/minor_units'

/**
 * Airtel Money's disbursement wire format (Airtel Africa Open API,
 * "Disbursement-APIs" v1), shared by the client, its simulator and the
 * tests' stand-in: tests/fixtures/providers/airtel-disbursement-*.CONSTRUCTED.json
 * (no published sample exists; built from the documented fields and codes).
 */

export const DISBURSEMENT_PATH = '/standard/v1/disbursements/'

/** The enquiry of one disbursement by our transaction id. */
export const disbursementEnquiryPath = (id: string) =>
  `${DISBURSEMENT_PATH}${encodeURIComponent(id)}?transactionType=B2C`

/** Airtel takes `reference` as 4 to 64 letters and digits. */
export function disbursementReference(remarks: string) {
  return remarks
    .replace(/[^A-Za-z0-9]/g, '')
    .padEnd(4, '0')
    .slice(0, 64)
}

/** The disbursement wallet's four-digit PIN, encrypted as Airtel asks (rsaEncryptedPin). */
export const encryptedAirtelPin = (pin: string, publicKey: string) =>
  rsaEncryptedPin(pin, publicKey)

/** Airtel already has this transaction id: its first request's outcome is asked by enquiry. */
export const DUPLICATE_CODES: ReadonlySet<string> = new Set(['DP00900001011', 'DP00900001017'])

/** Airtel cannot tell yet (ambiguous, in process, timed out at Airtel): ask again later. */
const UNDECIDED_CODES: ReadonlySet<string> = new Set([
  'DP00900001000',
  'DP00900001006',
  'DP00900001014',
])

/** The enquiry found no transaction with our id: it never reached Airtel. */
export const NOT_FOUND_CODE = 'DP00900001015'

/** Codes that are no answer about the money: the client asks the enquiry instead. */
const ASK_CODES: ReadonlySet<string> = new Set([...DUPLICATE_CODES, NOT_FOUND_CODE])

/** Airtel's disbursement response codes of a failure, as our reasons (matched on the code). */
export function payoutFailureOfAirtelCode(code: unknown): PayoutFailure {
  switch (code) {
    case 'DP00900001003':
    case 'DP00900001004':
      return 'provider_limit'
    case 'DP00900001007':
    case 'DP00900001009':
    case 'DP00900001010':
    case 'DP00900001016':
      return 'platform_account'
    case 'DP00900001012':
      return 'recipient_invalid'
    default:
      return 'declined'
  }
}

/**
 * What a disbursement answer or enquiry says of our attempt: the
 * transaction's status first (TS sent, TF failed, TIP/TA not yet), else its
 * response code; `airtel_money_id` is the receipt.
 */
export function outcomeOfAirtelDisbursement(answer: any, currency: string): PayoutOutcome {
  const transaction = answer?.data?.transaction ?? {}
  const code = answer?.status?.response_code
  const detail = `${code ?? ''} ${transaction.message ?? answer?.status?.message ?? ''}`.trim()
  const status = transaction.status ?? (code === 'DP00900001001' ? 'TS' : null)
  if (status === 'TS') {
    const receipt = transaction.airtel_money_id ?? transaction.reference_id
    if (typeof receipt !== 'string' || receipt === '') {
      return { state: 'pending', detail: 'Airtel says success without a transaction id' }
    }
    const amount = toMinor(transaction.amount, currency) ?? undefined
    return { state: 'sent', receipt, amount }
  }
  const decided = typeof code === 'string' && !UNDECIDED_CODES.has(code) && !ASK_CODES.has(code)
  if (status === 'TF' || (status === null && decided)) {
    return { state: 'failed', reason: payoutFailureOfAirtelCode(code), detail }
  }
  return { state: 'pending', detail: detail || `Airtel transaction ${status ?? 'status unknown'}` }
}
