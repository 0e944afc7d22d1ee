import logger from '@adonisjs/core/services/logger'
import { CURRENCY, type Currency } from '#core/money_format'
import PaymentProvider, {
  PaymentRequestRefused,
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import {
  airtelMsisdn,
  airtelTransactionIdOf,
  failureOfAirtelCode,
  statusOfAirtel,
} from '#money/providers/airtel_wire'
import { toMajor } from '#money/minor_units'
import { CachedToken, readJsonAnswer } from '#money/providers/provider_http'

export interface AirtelOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  timeoutMs?: number
}

class AirtelError extends Error {
  constructor(
    public status: number,
    message: string
  ) {
    super(message)
  }
}

/**
 * Airtel Money collections (Airtel Africa Open API): OAuth client
 * credentials (token cached), a USSD push to the payer per attempt, the
 * callback Airtel sends to the URL registered for the app, and the
 * transaction enquiry that confirms it.
 */
export default class AirtelProvider extends PaymentProvider {
  readonly name = 'airtel'
  // Airtel's tokens live three minutes.
  #token = new CachedToken(() => this.#fetchToken(), {
    expiresInSeconds: 180,
    renewEarlySeconds: 20,
  })

  constructor(private options: AirtelOptions) {
    super()
  }

  async requestPayment(request: PayInRequest) {
    const country = CURRENCY[request.currency as Currency].country
    const id = airtelTransactionIdOf(request.paymentId)
    let answer: any
    try {
      answer = await this.#call('POST', '/merchant/v1/payments/', request.currency, {
        reference: request.accountReference,
        subscriber: { country, currency: request.currency, msisdn: airtelMsisdn(request.phone) },
        transaction: {
          amount: toMajor(request.amount, request.currency),
          country,
          currency: request.currency,
          id,
        },
      })
    } catch (error) {
      if (error instanceof AirtelError) {
        throw new PaymentRequestRefused(
          error.status >= 500 ? 'unreachable' : 'declined',
          `Airtel Money refused the request: ${error.message}.`
        )
      }
      throw error
    }
    if (answer?.status?.success === false) {
      throw new PaymentRequestRefused(
        failureOfAirtelCode(answer.status.response_code),
        `Airtel Money refused the request: ${answer.status.message ?? 'no reason given'}.`
      )
    }
    return { providerRef: id }
  }

  async paymentStatus(attempt: PayInAttempt): Promise<PayInStatus> {
    const path = `/standard/v1/payments/${encodeURIComponent(attempt.providerRef)}`
    return statusOfAirtel(await this.#call('GET', path, attempt.currency))
  }

  async #fetchToken() {
    const response = await fetch(`${this.options.baseUrl}/auth/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept': '*/*' },
      body: JSON.stringify({
        client_id: this.options.clientId,
        client_secret: this.options.clientSecret,
        grant_type: 'client_credentials',
      }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    })
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
    if (!response.ok || typeof body.access_token !== 'string') {
      throw new AirtelError(response.status, `Airtel OAuth answered ${response.status}`)
    }
    return { accessToken: body.access_token, expiresIn: body.expires_in }
  }

  async #call(
    method: 'GET' | 'POST',
    path: string,
    currency: string,
    payload?: unknown,
    retried = false
  ): Promise<any> {
    const token = await this.#token.get()
    const response = await fetch(`${this.options.baseUrl}${path}`, {
      method,
      headers: {
        'authorization': `Bearer ${token}`,
        'content-type': 'application/json',
        'accept': '*/*',
        'x-country': CURRENCY[currency as Currency].country,
        'x-currency': currency,
      },
      body: payload === undefined ? undefined : JSON.stringify(payload),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    })
    const body = await readJsonAnswer(response, 'Airtel Money')
    if (response.ok) return body
    if (response.status === 401 && !retried) {
      this.#token.clear()
      return this.#call(method, path, currency, payload, true)
    }
    logger.warn({ path, status: response.status }, 'Airtel Money refused a request')
    throw new AirtelError(
      response.status,
      String(body?.status?.message ?? body?.error_description ?? `HTTP ${response.status}`)
    )
  }
}
