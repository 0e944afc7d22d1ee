import logger from '@adonisjs/core/services/logger'
import PayoutProvider, {
  PayoutRefused,
  type PayoutOutcome,
  type PayoutQuery,
  type PayoutRequest,
} from '#money/providers/payout_provider'
import {
  CASHIN_PATH,
  CASHIN_PUBLIC_KEY_PATH,
  CASHIN_TOKEN_PATH,
  MERCHANT_CALLBACK_PATH,
  merchantCallbackPath,
  orangeMsisdn,
  outcomeOfOrangeCashin,
  payoutFailureOfOrangeCode,
  transactionStatusPath,
  transactionsByReferencePath,
  type MerchantCallback,
  type OrangeTransaction,
} from '#money/providers/orange_cashin_wire'
import { rsaEncryptedPin } from '#money/providers/rsa_pin'
import { toMajor } from '#money/minor_units'
import CachedToken from '#money/providers/cached_token'
import { readJsonAnswer } from '#money/providers/provider_http'

export interface OrangeCashinOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  /** Our retailer wallet's number, the money leaves from it (the `partner`). */
  retailerMsisdn: string
  /** Its PIN: it leaves only encrypted with Orange's public key. */
  pin: string
  timeoutMs?: number
}

export class OrangeCashinError extends Error {
  constructor(
    public status: number,
    public code: unknown,
    message: string
  ) {
    super(message)
  }
}

/**
 * Orange Money cash-in (Sonatel's Orange Money API): OAuth client
 * credentials (token cached), the retailer PIN encrypted with the public
 * key Orange serves, one cash-in per attempt with our key as its
 * `reference`. Orange takes no idempotency key, so before any cash-in the
 * key is searched among our transactions: a key Orange has is never sent
 * again, and a resend of a key whose answer was lost waits until the
 * search has had time to see it (the stuck-payouts job asks; an operator
 * sends it again once Orange says it has none).
 */
export default class OrangeCashinProvider extends PayoutProvider {
  readonly name = 'orange_money'
  readonly currencies = ['XOF']
  #token = new CachedToken(() => this.#fetchToken(), {
    expiresInSeconds: 300,
    renewEarlySeconds: 30,
  })
  #encryptedPin: Promise<string> | null = null

  constructor(private options: OrangeCashinOptions) {
    super()
  }

  async sendPayout(request: PayoutRequest) {
    const earlier = await this.#byReference(request.idempotencyKey)
    if (earlier) {
      return {
        providerRef: typeof earlier.transactionId === 'string' ? earlier.transactionId : null,
        outcome: outcomeOfOrangeCashin(earlier, request.currency),
      }
    }
    if (request.resend) {
      throw new Error(
        `Orange has no cash-in ${request.idempotencyKey} yet; it is asked again before anything is sent`
      )
    }
    let answer: OrangeTransaction
    try {
      answer = await this.#call('POST', CASHIN_PATH, {
        partner: {
          idType: 'MSISDN',
          id: this.options.retailerMsisdn,
          encryptedPinCode: await this.#pin(),
        },
        customer: { idType: 'MSISDN', id: orangeMsisdn(request.phone) },
        amount: { value: toMajor(request.amount, request.currency), unit: request.currency },
        reference: request.idempotencyKey,
        receiveNotification: true,
      })
    } catch (error) {
      // Orange's own trouble (or nobody answered): unknown, the search decides before a resend.
      if (!(error instanceof OrangeCashinError) || error.status >= 500) throw error
      throw new PayoutRefused(
        payoutFailureOfOrangeCode(error.code),
        `Orange Money refused the cash-in: ${error.message}.`
      )
    }
    return {
      providerRef: typeof answer.transactionId === 'string' ? answer.transactionId : null,
      outcome: outcomeOfOrangeCashin(answer, request.currency),
    }
  }

  /** The status by Orange's id when its answer reached us, else the search by our reference. */
  async checkPayout(query: PayoutQuery): Promise<PayoutOutcome> {
    const known = query.providerRef && !query.providerRef.startsWith('duplicate:')
    if (known) {
      const status = await this.#call('GET', transactionStatusPath(query.providerRef!))
      return outcomeOfOrangeCashin({ transactionId: query.providerRef, ...status }, query.currency)
    }
    const found = await this.#byReference(query.idempotencyKey)
    if (found) return outcomeOfOrangeCashin(found, query.currency)
    return { state: 'failed', reason: 'unreachable', detail: 'not found at Orange' }
  }

  /**
   * Registers where Orange sends cash-in notifications (once per
   * environment; registering again replaces it) and reads back what Orange
   * now has for the merchant code.
   */
  async registerCallback(registration: MerchantCallback): Promise<Record<string, unknown>> {
    await this.#call('POST', MERCHANT_CALLBACK_PATH, registration)
    return this.#call('GET', merchantCallbackPath(registration.code))
  }

  /** Our transaction with this reference, if Orange has one (a success first). */
  async #byReference(reference: string): Promise<OrangeTransaction | null> {
    const found = await this.#call('GET', transactionsByReferencePath(reference))
    const list: OrangeTransaction[] = Array.isArray(found) ? found : (found?.content ?? [])
    const ours = list.filter((transaction) => transaction?.reference === reference)
    return ours.find((transaction) => transaction.status === 'SUCCESS') ?? ours[0] ?? null
  }

  #pin() {
    this.#encryptedPin ??= this.#call('GET', CASHIN_PUBLIC_KEY_PATH)
      .then((answer) => {
        if (typeof answer?.key !== 'string') throw new Error('Orange served no public key')
        return rsaEncryptedPin(this.options.pin, answer.key)
      })
      .catch((error) => {
        this.#encryptedPin = null
        throw error
      })
    return this.#encryptedPin
  }

  async #fetchToken() {
    const response = await fetch(`${this.options.baseUrl}${CASHIN_TOKEN_PATH}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'accept': 'application/json',
      },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.options.clientId,
        client_secret: this.options.clientSecret,
      }).toString(),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    })
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
    if (!response.ok || typeof body.access_token !== 'string') {
      throw new OrangeCashinError(response.status, null, `Orange OAuth answered ${response.status}`)
    }
    return { accessToken: body.access_token, expiresIn: body.expires_in }
  }

  async #call(
    method: 'GET' | 'POST',
    path: string,
    payload?: unknown,
    retried = false
  ): Promise<any> {
    const token = await this.#token.get()
    const response = await fetch(`${this.options.baseUrl}${path}`, {
      method,
      // Orange's gateway wants the JSON content type on every call, a GET too.
      headers: {
        'authorization': `Bearer ${token}`,
        'content-type': 'application/json',
        'accept': 'application/json',
      },
      body: payload === undefined ? undefined : JSON.stringify(payload),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    })
    const body = await readJsonAnswer(response, 'Orange Money')
    if (response.ok) return body
    if (response.status === 401 && !retried) {
      this.#token.clear()
      return this.#call(method, path, payload, true)
    }
    logger.warn({ path, status: response.status, code: body?.code }, 'Orange Money refused a call')
    throw new OrangeCashinError(
      response.status,
      body?.code,
      String(body?.detail ?? body?.title ?? body?.message ?? `HTTP ${response.status}`)
    )
  }
}
