import DarajaClient, { DarajaError, type DarajaCredentials } from '#money/providers/daraja_client'
import PayoutProvider, { PayoutRefused, type PayoutRequest } from '#money/providers/payout_provider'
import { msisdn } from '#money/providers/daraja_wire'
import { B2C_PATH, DUPLICATE_ORIGINATOR, REMARKS_MAX } from '#money/providers/daraja_b2c_wire'
import { CURRENCY_DIGITS } from '#money/ledger_accounts'

export interface DarajaB2cOptions extends DarajaCredentials {
  /** PartyA: the B2C shortcode money leaves from. */
  shortcode: string
  initiatorName: string
  /** SecurityCredential, made once from the initiator password and the certificate (securityCredential()). */
  securityCredential: string
  commandId: 'BusinessPayment' | 'SalaryPayment' | 'PromotionPayment'
}

/**
 * M-Pesa B2C (business to customer) through Daraja: the v3 payment request
 * with our OriginatorConversationID, the result and queue-timeout URLs.
 */
export default class DarajaB2cProvider extends PayoutProvider {
  readonly name = 'mpesa'
  #client: DarajaClient

  constructor(private options: DarajaB2cOptions) {
    super()
    this.#client = new DarajaClient(options)
  }

  async sendPayout(request: PayoutRequest) {
    const shillings = request.amount / 10 ** CURRENCY_DIGITS[request.currency]
    if (request.currency !== 'KES' || !Number.isInteger(shillings)) {
      throw new PayoutRefused('declined', 'M-Pesa pays whole Kenyan shillings only.')
    }
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
}
