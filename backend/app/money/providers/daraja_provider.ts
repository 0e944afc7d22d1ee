import DarajaClient, { DarajaError, type DarajaCredentials } from '#money/providers/daraja_client'
import PaymentProvider, {
  PaymentRequestRefused,
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import {
  darajaTimestamp,
  failureOfResultCode,
  msisdn,
  stkPassword,
  TRANSACTION_DESC_MAX,
} from '#money/providers/daraja_wire'
import { CURRENCY_DIGITS } from '#money/ledger_accounts'

export interface DarajaOptions extends DarajaCredentials {
  /** BusinessShortCode: the paybill, or the store number of a till. */
  shortcode: string
  passkey: string
  transactionType: 'CustomerPayBillOnline' | 'CustomerBuyGoodsOnline'
  /** PartyB: the paybill again, or the till number. */
  partyB: string
}

/** The gateway is still working on it (STK query before the payer answered). */
const STILL_PROCESSING = '500.001.1001'

/** M-Pesa Express (STK push) through Safaricom's Daraja API: the STK push and the STK query. */
export default class DarajaProvider extends PaymentProvider {
  readonly name = 'mpesa'
  #client: DarajaClient

  constructor(private options: DarajaOptions) {
    super()
    this.#client = new DarajaClient(options)
  }

  async requestPayment(request: PayInRequest) {
    const shillings = request.amount / 10 ** CURRENCY_DIGITS[request.currency]
    if (request.currency !== 'KES' || !Number.isInteger(shillings)) {
      throw new PaymentRequestRefused(
        'declined',
        'M-Pesa takes whole Kenyan shillings; this amount cannot be paid by M-Pesa.'
      )
    }
    const timestamp = darajaTimestamp()
    try {
      const answer = await this.#post('/mpesa/stkpush/v1/processrequest', {
        BusinessShortCode: this.options.shortcode,
        Password: stkPassword(this.options.shortcode, this.options.passkey, timestamp),
        Timestamp: timestamp,
        TransactionType: this.options.transactionType,
        Amount: String(shillings),
        PartyA: msisdn(request.phone),
        PartyB: this.options.partyB,
        PhoneNumber: msisdn(request.phone),
        CallBackURL: request.callbackUrl,
        AccountReference: request.accountReference,
        TransactionDesc: request.description.slice(0, TRANSACTION_DESC_MAX),
      })
      if (String(answer.ResponseCode) !== '0' || typeof answer.CheckoutRequestID !== 'string') {
        throw new PaymentRequestRefused(
          'declined',
          `M-Pesa refused the request: ${answer.ResponseDescription ?? 'no reason given'}.`
        )
      }
      return { providerRef: answer.CheckoutRequestID as string }
    } catch (error) {
      if (error instanceof DarajaError) {
        throw new PaymentRequestRefused(
          error.status >= 500 ? 'unreachable' : 'declined',
          `M-Pesa refused the request: ${error.message}.`
        )
      }
      throw error
    }
  }

  async paymentStatus({ providerRef }: PayInAttempt): Promise<PayInStatus> {
    const timestamp = darajaTimestamp()
    try {
      const answer = await this.#post('/mpesa/stkpushquery/v1/query', {
        BusinessShortCode: this.options.shortcode,
        Password: stkPassword(this.options.shortcode, this.options.passkey, timestamp),
        Timestamp: timestamp,
        CheckoutRequestID: providerRef,
      })
      // ResultCode is a string here ("0"), a number in callbacks.
      const code = String(answer.ResultCode)
      if (code === '0') return { state: 'received' }
      return {
        state: 'failed',
        reason: failureOfResultCode(code),
        detail: String(answer.ResultDesc),
      }
    } catch (error) {
      if (error instanceof DarajaError && error.errorCode === STILL_PROCESSING) {
        return { state: 'pending' }
      }
      throw error
    }
  }

  #post(path: string, payload: Record<string, unknown>) {
    return this.#client.post(path, payload)
  }
}
