import logger from '@adonisjs/core/services/logger'
import { readJsonAnswer } from '#money/providers/provider_http'

export interface WaveOptions {
  baseUrl: string
  /** The Business Portal's API key (Checkout API for pay-ins, Payout API for payouts). */
  apiKey: string
  timeoutMs?: number
}

/** Wave answered with its error format `{code, message}`. */
export class WaveError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * Wave's REST API as the checkout and payout products use it: a bearer API
 * key, JSON, an Idempotency-Key on requests that must not happen twice.
 */
export default class WaveClient {
  constructor(private options: WaveOptions) {}

  async call<T>(
    method: 'GET' | 'POST',
    path: string,
    { body, idempotencyKey }: { body?: unknown; idempotencyKey?: string } = {}
  ): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.options.apiKey}` }
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey
    const response = await fetch(`${this.options.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    })
    const answer = await readJsonAnswer(response, 'Wave')
    if (response.ok) return answer as T
    logger.warn({ path, status: response.status, code: answer.code }, 'Wave refused a request')
    throw new WaveError(
      response.status,
      String(answer.code ?? ''),
      String(answer.message ?? `HTTP ${response.status}`)
    )
  }
}
