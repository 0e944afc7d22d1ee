import { X509Certificate, constants, publicEncrypt } from 'node:crypto'
import type { PayoutFailure } from '#money/payout_texts'
import type { PayoutOutcome } from '#money/providers/payout_provider'
import { CURRENCY_DIGITS } from '#money/ledger_accounts'

/**
 * Daraja's B2C wire format (v3 payment request, result and queue-timeout
 * callbacks), shared by the B2C client and the simulator that speaks it:
 * fixtures in tests/fixtures/providers/daraja-b2c-*.
 */

export const B2C_PATH = '/mpesa/b2c/v3/paymentrequest'

/** Daraja's synchronous answer to a second request with the same OriginatorConversationID. */
export const DUPLICATE_ORIGINATOR = '500.002.1001'

/**
 * SecurityCredential: the initiator's password encrypted with the public
 * key of Safaricom's certificate (PKCS #1 v1.5), in base64.
 */
export function securityCredential(initiatorPassword: string, certificatePem: string) {
  const key = new X509Certificate(certificatePem).publicKey
  return publicEncrypt(
    { key, padding: constants.RSA_PKCS1_PADDING },
    Buffer.from(initiatorPassword, 'utf8')
  ).toString('base64')
}

/** Remarks: 2 to 100 characters. */
export const REMARKS_MAX = 100

export interface B2cResult {
  /** As a string: a number in the fixtures, sometimes a string (SFC_IC0003). */
  resultCode: string
  resultDesc: string
  originatorConversationId: string
  conversationId: string
  transactionId: string
  /** ResultParameters by Key (an item may have a Key and no Value). */
  parameters: Record<string, string | number | undefined>
}

/** A result or queue-timeout callback's `Result`, or null when the body is not one. */
export function readB2cResult(body: unknown): B2cResult | null {
  const result = (body as { Result?: Record<string, any> })?.Result
  if (!result || typeof result.OriginatorConversationID !== 'string') return null
  if (result.ResultCode === undefined || result.ResultCode === null) return null
  const items: unknown = result.ResultParameters?.ResultParameter
  const parameters: B2cResult['parameters'] = {}
  // A single parameter may come as an object instead of a list.
  for (const item of Array.isArray(items) ? items : items ? [items] : []) {
    if (item && typeof item.Key === 'string') parameters[item.Key] = item.Value
  }
  return {
    resultCode: String(result.ResultCode),
    resultDesc: String(result.ResultDesc ?? ''),
    originatorConversationId: result.OriginatorConversationID,
    conversationId: String(result.ConversationID ?? ''),
    transactionId: String(result.TransactionID ?? ''),
    parameters,
  }
}

/**
 * A B2C result code as our failure reason; 0 is success and never comes
 * here. Matched on the code, never on ResultDesc (daraja-result-codes.md).
 */
export function payoutFailureOfResultCode(code: string): PayoutFailure {
  switch (code) {
    case '2':
    case '3':
    case '4':
    case '8':
      return 'provider_limit'
    case '1': // our B2C utility account is short
    case '11':
    case '18':
    case '20':
    case '21':
    case '2001':
    case '2028':
    case '8006':
      return 'platform_account'
    case '2006':
    case '2040':
    case 'SFC_IC0003':
      return 'recipient_invalid'
    default:
      return 'declined'
  }
}

/** The acknowledgement a callback URL answers (the same as for STK callbacks). */
export const B2C_CALLBACK_ACK = { ResultCode: 0, ResultDesc: 'Accepted' }

/** Daraja's Transaction Status query: asynchronous, its result comes to our ResultURL. */
export const TRANSACTION_STATUS_PATH = '/mpesa/transactionstatus/v1/query'

/** IdentifierType of PartyA when it is an organisation's shortcode. */
export const SHORTCODE_IDENTIFIER = '4'

/** A finished transaction's TransactionStatus that moved no money. */
const NOT_SENT = new Set(['Failed', 'Declined', 'Cancelled', 'Expired'])

/**
 * A Transaction Status result (daraja-transaction-status-result.json) read
 * as what became of the queried transaction: its own OriginatorConversationID
 * (a ResultParameter; the Result's is the query's), and the outcome. A
 * non-zero ResultCode (not found, busy) tells nothing: pending.
 */
export function readTransactionStatus(
  result: B2cResult,
  currency: string
): {
  originatorConversationId: string | null
  outcome: PayoutOutcome
} {
  const { parameters } = result
  const about = parameters.OriginatorConversationID
  const originatorConversationId = about === undefined ? null : String(about)
  const status = String(parameters.TransactionStatus ?? '')
  if (result.resultCode !== '0') {
    return {
      originatorConversationId,
      outcome: { state: 'pending', detail: `${result.resultCode} ${result.resultDesc}` },
    }
  }
  if (status === 'Completed' && parameters.ReceiptNo !== undefined) {
    const paid = parameters.Amount
    const amount =
      paid === undefined || paid === ''
        ? undefined
        : Math.round(Number(paid) * 10 ** CURRENCY_DIGITS[currency])
    return {
      originatorConversationId,
      outcome: { state: 'sent', receipt: String(parameters.ReceiptNo), amount },
    }
  }
  if (NOT_SENT.has(status)) {
    return {
      originatorConversationId,
      outcome: { state: 'failed', reason: 'declined', detail: `TransactionStatus ${status}` },
    }
  }
  return {
    originatorConversationId,
    outcome: { state: 'pending', detail: `TransactionStatus ${status || 'missing'}` },
  }
}
