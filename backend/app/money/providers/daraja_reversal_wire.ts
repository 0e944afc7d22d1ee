import type { PayoutFailure } from '#money/payout_texts'

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
