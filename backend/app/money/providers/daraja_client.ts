import logger from '@adonisjs/core/services/logger'
import CachedToken from '#money/providers/cached_token'
import { readJsonAnswer } from '#money/providers/provider_http'

export interface DarajaCredentials {
  baseUrl: string
  consumerKey: string
  consumerSecret: string
  timeoutMs?: number
}

/** The token was refused: fetch a new one once. */
const TOKEN_ERRORS = new Set(['404.001.03', '400.003.01', '404.001.04'])

/** Daraja answered with its synchronous error format `{requestId, errorCode, errorMessage}`. */
export class DarajaError extends Error {
  constructor(
    public status: number,
    public errorCode: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * Safaricom's Daraja API as every M-Pesa product uses it (STK push, B2C):
 * OAuth client credentials with the token cached until shortly before it
 * expires (one request at a time), and JSON POSTs that fetch a new token
 * once when the old one is refused.
 */
export default class DarajaClient {
  #token = new CachedToken(() => this.#fetchToken(), {
    expiresInSeconds: 3599,
    renewEarlySeconds: 60,
  })

  constructor(private options: DarajaCredentials) {}

  /** POSTs `payload`; a Daraja error answer throws DarajaError, a network failure throws as fetch does. */
  async post(path: string, payload: Record<string, unknown>, retried = false): Promise<any> {
    const token = await this.#token.get()
    const response = await fetch(`${this.options.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'authorization': `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    })
    const body = await readJsonAnswer(response, 'Daraja')
    if (response.ok) return body
    const errorCode = String(body.errorCode ?? '')
    if (TOKEN_ERRORS.has(errorCode) && !retried) {
      this.#token.clear()
      return this.post(path, payload, true)
    }
    logger.warn({ path, status: response.status, errorCode }, 'Daraja refused a request')
    throw new DarajaError(
      response.status,
      errorCode,
      String(body.errorMessage ?? `HTTP ${response.status}`)
    )
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
    return { accessToken: body.access_token, expiresIn: body.expires_in }
  }
}
