import DarajaClient, { DarajaError, type DarajaCredentials } from '#money/providers/daraja_client'
import PayoutProvider, {
  PayoutRefused,
  type PayoutQuery,
  type PayoutRequest,
} from '#money/providers/payout_provider'
import { msisdn } from '#money/providers/daraja_wire'
import {
  B2C_PATH,
  DUPLICATE_ORIGINATOR,
  REMARKS_MAX,
  SHORTCODE_IDENTIFIER,
  TRANSACTION_STATUS_PATH,
} from '#money/providers/daraja_b2c_wire'
import { CURRENCY_DIGITS } from '#money/ledger_accounts'
import {
  REVERSAL_PATH,
  reversalRequest,
  reversalStatusQuery,
  type ReversalOptions,
} from '#money/providers/daraja_reversal_wire'

export interface DarajaB2cOptions extends DarajaCredentials {
  /** PartyA: the B2C shortcode money leaves from. */
  shortcode: string
  initiatorName: string
  /** SecurityCredential, made once from the initiator password and the certificate (securityCredential()). */
  securityCredential: string
  commandId: 'BusinessPayment' | 'SalaryPayment' | 'PromotionPayment'
  /** The Reversal API's initiator on the pay-in shortcode; without it pay-ins are refunded by B2C. */
  reversal?: ReversalOptions | null
}

/**
 * M-Pesa B2C (business to customer) through Daraja: the v3 payment request
 * with our OriginatorConversationID, the result and queue-timeout URLs; and
 * the Transaction Status query for an attempt whose result never came.
 */
export default class DarajaB2cProvider extends PayoutProvider {
  readonly name = 'mpesa'
  readonly currencies = ['KES']
  #client: DarajaClient

  constructor(private options: DarajaB2cOptions) {
    super()
    this.#client = new DarajaClient(options)
  }

  get reverses() {
    return Boolean(this.options.reversal)
  }

  async sendPayout(request: PayoutRequest) {
    const shillings = request.amount / 10 ** CURRENCY_DIGITS[request.currency]
    if (request.currency !== 'KES' || !Number.isInteger(shillings)) {
      throw new PayoutRefused('declined', 'M-Pesa pays whole Kenyan shillings only.')
    }
    if (request.reverses) return this.#reverse(request, request.reverses, shillings)
    try {
      const answer = await this.#client.post(B2C_PATH, {
        OriginatorConversationID: request.idempotencyKey,
        InitiatorName: this.options.initiatorName,
        SecurityCredential: this.options.securityCredential,
        CommandID: this.options.commandId,
        Amount: String(shillings),
        PartyA: this.options.shortcode,
        PartyB: msisdn(request.phone),
        Remarks: request.remarks.slice(0, REMARKS_MAX),
        QueueTimeOutURL: request.timeoutUrl,
        ResultURL: request.resultUrl,
        // Spelled so by Daraja.
        Occassion: '',
      })
      if (String(answer.ResponseCode) !== '0') {
        throw new PayoutRefused(
          'declined',
          `M-Pesa refused the payout: ${answer.ResponseDescription ?? 'no reason given'}.`
        )
      }
      return {
        providerRef: typeof answer.ConversationID === 'string' ? answer.ConversationID : null,
      }
    } catch (error) {
      if (!(error instanceof DarajaError)) throw error
      // It already has this key: the first request went through; its result comes by callback.
      if (error.errorCode === DUPLICATE_ORIGINATOR) return { providerRef: null }
      // Daraja's own trouble (busy, quota, outage): unknown, a retry sends the same key.
      if (error.status >= 500) throw error
      throw new PayoutRefused('declined', `M-Pesa refused the payout: ${error.message}.`)
    }
  }

  /**
   * A pay-in sent back by the Reversal API: M-Pesa reverses a transaction
   * once, so a resent request cannot pay twice (ALREADY_REVERSED in the result).
   */
  async #reverse(request: PayoutRequest, receipt: string, whole: number) {
    if (!this.options.reversal) {
      throw new PayoutRefused('platform_account', 'M-Pesa reversals are not configured.')
    }
    try {
      const answer = await this.#client.post(
        REVERSAL_PATH,
        reversalRequest(this.options.reversal, { ...request, receipt, whole })
      )
      if (String(answer.ResponseCode) !== '0') {
        throw new PayoutRefused(
          'declined',
          `M-Pesa refused the reversal: ${answer.ResponseDescription ?? 'no reason given'}.`
        )
      }
      return {
        providerRef: typeof answer.ConversationID === 'string' ? answer.ConversationID : null,
      }
    } catch (error) {
      if (!(error instanceof DarajaError) || error.status >= 500) throw error
      throw new PayoutRefused('declined', `M-Pesa refused the reversal: ${error.message}.`)
    }
  }

  /**
   * Transaction Status by our OriginatorConversationID (we have no M-Pesa
   * receipt for a payout whose result was lost), or for a reversal by the
   * receipt of the pay-in it sends back; the answer comes to `resultUrl`
   * as a Result like B2C's.
   */
  async checkPayout(query: PayoutQuery) {
    const answer = await this.#client.post(
      TRANSACTION_STATUS_PATH,
      query.reverses ? this.#reversalQuery(query, query.reverses) : this.#payoutQuery(query)
    )
    if (String(answer.ResponseCode) !== '0') {
      throw new Error(`Daraja refused the status query: ${answer.ResponseDescription ?? '?'}`)
    }
    return null
  }

  /** A reversal is asked about by the pay-in's receipt: its OriginatorConversationID is Daraja's, not our key. */
  #reversalQuery(query: PayoutQuery, receipt: string) {
    if (!this.options.reversal) throw new Error('M-Pesa reversals are not configured.')
    return reversalStatusQuery(this.options.reversal, {
      receipt,
      resultUrl: query.resultUrl,
      timeoutUrl: query.timeoutUrl,
    })
  }

  #payoutQuery(query: PayoutQuery) {
    return {
      Initiator: this.options.initiatorName,
      SecurityCredential: this.options.securityCredential,
      CommandID: 'TransactionStatusQuery',
      OriginalConversationID: query.idempotencyKey,
      PartyA: this.options.shortcode,
      IdentifierType: SHORTCODE_IDENTIFIER,
      ResultURL: query.resultUrl,
      QueueTimeOutURL: query.timeoutUrl,
      Remarks: 'Payout status',
      // Spelled so by Daraja here (unlike B2C's Occassion).
      Occasion: '',
    }
  }
}
