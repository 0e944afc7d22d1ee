import type { PayoutFailure } from '#money/payout_texts'
import type { PayoutOutcome } from '#money/providers/payout_provider'
import { SHORTCODE_IDENTIFIER, type B2cResult } from '#money/providers/daraja_b2c_wire'

/**
 * Daraja's Reversal API (a C2B or STK pay-in sent back to its payer), its
 * request and the result codes it adds to B2C's: the result comes to our
 * ResultURL in the same `Result` envelope as B2C's (readB2cResult), and
 * a queue timeout to QueueTimeOutURL. Fixtures:
 * tests/fixtures/providers/daraja-reversal-*.CONSTRUCTED.json.
 */

export const REVERSAL_PATH = '/mpesa/reversal/v1/request'

/** The organisation shortcode as the receiver party (Daraja: RecieverIdentifierType 11). */
export const REVERSAL_RECEIVER_TYPE = '11'

/** M-Pesa reverses a transaction once: asked again, it answers this. The money is back already. */
export const ALREADY_REVERSED = 'R000001'

export interface ReversalOptions {
  /** The shortcode the pay-in reached (the STK push's paybill or till). */
  shortcode: string
  initiatorName: string
  /** The reversal initiator's password encrypted with Safaricom's certificate (securityCredential()). */
  securityCredential: string
}

/** The Reversal request for the pay-in with M-Pesa receipt `receipt`. */
export function reversalRequest(
  options: ReversalOptions,
  request: {
    receipt: string
    whole: number
    resultUrl: string
    timeoutUrl: string
    remarks: string
  }
) {
  return {
    Initiator: options.initiatorName,
    SecurityCredential: options.securityCredential,
    CommandID: 'TransactionReversal',
    TransactionID: request.receipt,
    Amount: String(request.whole),
    ReceiverParty: options.shortcode,
    // Spelled so by Daraja.
    RecieverIdentifierType: REVERSAL_RECEIVER_TYPE,
    ResultURL: request.resultUrl,
    QueueTimeOutURL: request.timeoutUrl,
    Remarks: request.remarks.slice(0, 100),
    Occasion: '',
  }
}

/** A reversal result code as our reason; R000002 (no such transaction) and the rest are final. */
export function reversalFailureOfResultCode(code: string): PayoutFailure {
  switch (code) {
    case '1':
    case '2001':
    case '11':
      return 'platform_account'
    default:
      return 'declined'
  }
}

/**
 * The Transaction Status query of a reversal whose result never came. A
 * reversal's OriginatorConversationID is Daraja's own, so it is asked about
 * by the pay-in's M-Pesa receipt (TransactionID), on the pay-in shortcode,
 * by the reversal initiator: what became of that pay-in says whether the
 * reversal went through. Fixture: daraja-transaction-status-request.json.
 */
export function reversalStatusQuery(
  options: ReversalOptions,
  query: { receipt: string; resultUrl: string; timeoutUrl: string }
) {
  return {
    Initiator: options.initiatorName,
    SecurityCredential: options.securityCredential,
    CommandID: 'TransactionStatusQuery',
    TransactionID: query.receipt,
    PartyA: options.shortcode,
    IdentifierType: SHORTCODE_IDENTIFIER,
    ResultURL: query.resultUrl,
    QueueTimeOutURL: query.timeoutUrl,
    Remarks: 'Reversal status',
    Occasion: '',
  }
}

/** The pay-in's TransactionStatus once M-Pesa has sent it back. */
export const REVERSED_STATUS = 'Reversed'

/**
 * A Transaction Status result about the reversed pay-in `receipt`
 * (daraja-transaction-status-result-reversed.CONSTRUCTED.json): `about` is
 * the receipt it describes (ReceiptNo), the outcome that of the reversal:
 * the pay-in `Reversed` → sent; still `Completed` → the reversal did not
 * happen (failed, for an operator to send again: M-Pesa reverses a receipt
 * once, so that cannot pay twice); anything else, or a non-zero
 * ResultCode (not found, busy), tells nothing.
 */
export function readReversalStatus(
  result: B2cResult,
  receipt: string
): { about: string | null; outcome: PayoutOutcome } {
  const about = result.parameters.ReceiptNo
  const status = String(result.parameters.TransactionStatus ?? '')
  const found = { about: about === undefined ? null : String(about) }
  if (result.resultCode !== '0') {
    return {
      ...found,
      outcome: { state: 'pending', detail: `${result.resultCode} ${result.resultDesc}` },
    }
  }
  if (status === REVERSED_STATUS) {
    return { ...found, outcome: { state: 'sent', receipt: reversedReceipt(receipt) } }
  }
  if (status === 'Completed') {
    const detail = `the pay-in ${receipt} still stands: the reversal did not happen`
    return { ...found, outcome: { state: 'failed', reason: 'declined', detail } }
  }
  return {
    ...found,
    outcome: { state: 'pending', detail: `TransactionStatus ${status || 'missing'}` },
  }
}

/** What a refund that reversed `receipt` records as its own receipt. */
export function reversedReceipt(receipt: string) {
  return `reversed ${receipt}`
}
