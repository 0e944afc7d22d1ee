import logger from '@adonisjs/core/services/logger'
import PaymentProvider, {
  PaymentRequestRefused,
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import { orangeOrderIdOf, statusOfOrange } from '#money/providers/orange_money_wire'
import { toMajor } from '#money/minor_units'
import CachedToken from '#money/providers/cached_token'
import { readJsonAnswer } from '#money/providers/provider_http'

export interface OrangeMoneyOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  merchantKey: string
  /** The API's country path: `dev` is the sandbox (currency OUV), `sn` is Senegal. */
  country: string
  timeoutMs?: number
}

class OrangeError extends Error {
  constructor(
    public status: number,
    message: string
  ) {
    super(message)
  }
}

/**
 * Orange Money Web Payment: OAuth client credentials (token cached), a web
 * payment per attempt (the payer confirms on Orange's page), the
 * notification to our notif_url, and the transaction status that confirms.
 */
export default class OrangeMoneyProvider extends PaymentProvider {
  readonly name = 'orange_money'
  #token = new CachedToken(() => this.#fetchToken(), {
    expiresInSeconds: 3600,
    renewEarlySeconds: 60,
  })

  constructor(private options: OrangeMoneyOptions) {
    super()
  }

  get #path() {
    return `/orange-money-webpay/${this.options.country}/v1`
  }

  async requestPayment(request: PayInRequest) {
    try {
      const answer = await this.#post(`${this.#path}/webpayment`, {
        merchant_key: this.options.merchantKey,
        // The sandbox knows only its test currency.
        currency: this.options.country === 'dev' ? 'OUV' : request.currency,
        order_id: orangeOrderIdOf(request.paymentId),
        amount: toMajor(request.amount, request.currency),
        return_url: request.returnUrl,
        cancel_url: request.returnUrl,
        notif_url: request.callbackUrl,
        // Orange's page speaks French and English.
        lang: request.language === 'fr' ? 'fr' : 'en',
        reference: request.accountReference,
      })
      if (typeof answer.pay_token !== 'string' || typeof answer.notif_token !== 'string') {
        throw new PaymentRequestRefused(
          'declined',
          `Orange Money refused the request: ${answer.message ?? 'no payment token'}.`
        )
      }
      return {
        providerRef: answer.pay_token,
        checkoutUrl: String(answer.payment_url),
        callbackProof: answer.notif_token,
      }
    } catch (error) {
      if (error instanceof OrangeError) {
        throw new PaymentRequestRefused(
          error.status >= 500 ? 'unreachable' : 'declined',
          `Orange Money refused the request: ${error.message}.`
        )
      }
      throw error
    }
  }

  async paymentStatus(attempt: PayInAttempt): Promise<PayInStatus> {
    const answer = await this.#post(`${this.#path}/transactionstatus`, {
      order_id: orangeOrderIdOf(attempt.paymentId),
      amount: toMajor(attempt.amount, attempt.currency),
      pay_token: attempt.providerRef,
    })
    return statusOfOrange(answer.status, answer.txnid)
  }

  async #fetchToken() {
    const basic = Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString(
      'base64'
    )
    const response = await fetch(`${this.options.baseUrl}/oauth/v3/token`, {
      method: 'POST',
      headers: {
        'authorization': `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
        'accept': 'application/json',
      },
      body: 'grant_type=client_credentials',
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    })
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
    if (!response.ok || typeof body.access_token !== 'string') {
      throw new OrangeError(response.status, `Orange OAuth answered ${response.status}`)
    }
    return { accessToken: body.access_token, expiresIn: body.expires_in }
  }

  async #post(path: string, payload: Record<string, unknown>, retried = false): Promise<any> {
    const token = await this.#token.get()
    const response = await fetch(`${this.options.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'authorization': `Bearer ${token}`,
        'content-type': 'application/json',
        'accept': 'application/json',
      },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    })
    const body = await readJsonAnswer(response, 'Orange Money')
    if (response.ok) return body
    if (response.status === 401 && !retried) {
      this.#token.clear()
      return this.#post(path, payload, true)
    }
    logger.warn({ path, status: response.status }, 'Orange Money refused a request')
    throw new OrangeError(
      response.status,
      String(body.message ?? body.description ?? `HTTP ${response.status}`)
    )
  }
}
