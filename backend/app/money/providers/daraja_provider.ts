import logger from '@adonisjs/core/services/logger'
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

export interface DarajaOptions {
  baseUrl: string
  consumerKey: string
  consumerSecret: string
  /** BusinessShortCode: the paybill, or the store number of a till. */
  shortcode: string
  passkey: string
  transactionType: 'CustomerPayBillOnline' | 'CustomerBuyGoodsOnline'
  /** PartyB: the paybill again, or the till number. */
  partyB: string
  timeoutMs?: number
}

/** The gateway is still working on it (STK query before the payer answered). */
const STILL_PROCESSING = '500.001.1001'
/** The token was refused: fetch a new one once. */
const TOKEN_ERRORS = new Set(['404.001.03', '400.003.01', '404.001.04'])

class DarajaError extends Error {
  constructor(
    public status: number,
    public errorCode: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * M-Pesa Express (STK push) through Safaricom's Daraja API: OAuth client
 * credentials with the token cached until shortly before it expires, the
 * STK push and the STK query.
 */
export default class DarajaProvider extends PaymentProvider {
  readonly name = 'mpesa'
  #token: { value: string; expiresAt: number } | null = null
  #fetchingToken: Promise<string> | null = null

  constructor(private options: DarajaOptions) {
    super()
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

  /** The cached token, or a new one (one request at a time). */
  async accessToken(): Promise<string> {
    if (this.#token && Date.now() < this.#token.expiresAt) return this.#token.value
    this.#fetchingToken ??= this.#fetchToken().finally(() => (this.#fetchingToken = null))
    return this.#fetchingToken
  }

  async #fetchToken() {
    const basic = Buffer.from(
      `${this.options.consumerKey}:${this.options.consumerSecret}`
    ).toString('base64')
    const response = await fetch(
      `${this.options.baseUrl}/oauth/v1/generate?grant_type=client_credentials`,
      {
        headers: { authorization: `Basic ${basic}` },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      }
    )
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
    if (!response.ok || typeof body.access_token !== 'string') {
      throw new DarajaError(
        response.status,
        String(body.errorCode ?? ''),
        `Daraja OAuth answered ${response.status} ${body.errorMessage ?? ''}`.trim()
      )
    }
    // expires_in may be a string ("3599") or a number; renew a minute early.
    const seconds = Number(body.expires_in) || 3599
    this.#token = { value: body.access_token, expiresAt: Date.now() + (seconds - 60) * 1000 }
    return body.access_token
  }

  /** The JSON body; an unreadable success is an unknown outcome, not a refusal. */
  async #read(response: Response): Promise<Record<string, unknown>> {
    const text = await response.text()
    try {
      return JSON.parse(text)
    } catch {
      if (response.ok) throw new Error(`Daraja answered ${response.status} with an unreadable body`)
      return {}
    }
  }

  async #post(path: string, payload: Record<string, unknown>, retried = false): Promise<any> {
    const token = await this.accessToken()
    const response = await fetch(`${this.options.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'authorization': `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    })
    const body = await this.#read(response)
    if (response.ok) return body
    const errorCode = String(body.errorCode ?? '')
    if (TOKEN_ERRORS.has(errorCode) && !retried) {
      this.#token = null
      return this.#post(path, payload, true)
    }
    logger.warn({ path, status: response.status, errorCode }, 'Daraja refused a request')
    throw new DarajaError(
      response.status,
      errorCode,
      String(body.errorMessage ?? `HTTP ${response.status}`)
    )
  }
}
