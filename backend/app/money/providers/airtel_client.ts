import logger from '@adonisjs/core/services/logger'
import { CURRENCY, type Currency } from '#core/money_format'
import CachedToken from '#money/providers/cached_token'
import { readJsonAnswer } from '#money/providers/provider_http'

export interface AirtelOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  timeoutMs?: number
}

/** Airtel refused a request: its HTTP status, its `response_code` when it gave one. */
export class AirtelError extends Error {
  constructor(
    public status: number,
    message: string,
    public responseCode: string | null = null
  ) {
    super(message)
  }
}

/**
 * Airtel Africa's Open API as collections and disbursements use it: OAuth
 * client credentials (the token cached, renewed on a 401), JSON, and the
 * country and currency of each request in its X-Country / X-Currency headers.
 */
export default class AirtelClient {
  // Airtel's tokens live three minutes.
  #token = new CachedToken(() => this.#fetchToken(), {
    expiresInSeconds: 180,
    renewEarlySeconds: 20,
  })

  constructor(private options: AirtelOptions) {}

  async call(
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
      return this.call(method, path, currency, payload, true)
    }
    logger.warn({ path, status: response.status }, 'Airtel Money refused a request')
    const code = body?.status?.response_code
    throw new AirtelError(
      response.status,
      String(body?.status?.message ?? body?.error_description ?? `HTTP ${response.status}`),
      typeof code === 'string' ? code : null
    )
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
}
