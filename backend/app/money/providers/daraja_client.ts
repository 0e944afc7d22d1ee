import logger from '@adonisjs/core/services/logger'

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
  #token: { value: string; expiresAt: number } | null = null
  #fetchingToken: Promise<string> | null = null

  constructor(private options: DarajaCredentials) {}

  /** The cached token, or a new one (one request at a time). */
  async accessToken(): Promise<string> {
    if (this.#token && Date.now() < this.#token.expiresAt) return this.#token.value
    this.#fetchingToken ??= this.#fetchToken().finally(() => (this.#fetchingToken = null))
    return this.#fetchingToken
  }

  /** POSTs `payload`; a Daraja error answer throws DarajaError, a network failure throws as fetch does. */
  async post(path: string, payload: Record<string, unknown>, retried = false): Promise<any> {
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
}
