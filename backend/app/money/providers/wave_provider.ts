import logger from '@adonisjs/core/services/logger'
import PaymentProvider, {
  PaymentRequestRefused,
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import {
  clientReferenceOf,
  statusOfSession,
  type WaveCheckoutSession,
} from '#money/providers/wave_wire'
import { toMajor } from '#money/minor_units'
import WaveClient, { WaveError, type WaveOptions } from '#money/providers/wave_client'

export type { WaveOptions }

/**
 * Wave's Checkout API (docs.wave.com/checkout): a checkout session per
 * attempt, the payer approves it in the Wave app (wave_launch_url), the
 * signed webhook tells us, and the session read confirms it.
 */
export default class WaveProvider extends PaymentProvider {
  readonly name = 'wave'

  #client: WaveClient

  constructor(options: WaveOptions) {
    super()
    this.#client = new WaveClient(options)
  }

  async requestPayment(request: PayInRequest) {
    try {
      const session = await this.#client.call<WaveCheckoutSession>(
        'POST',
        '/v1/checkout/sessions',
        {
          body: {
            amount: String(toMajor(request.amount, request.currency)),
            currency: request.currency,
            client_reference: clientReferenceOf(request.paymentId),
            // Only the number the payer chose can pay this session.
            restrict_payer_mobile: request.phone,
            success_url: request.returnUrl,
            error_url: request.returnUrl,
          },
          // The same attempt never opens two sessions, even if this request is retried.
          idempotencyKey: clientReferenceOf(request.paymentId),
        }
      )
      return { providerRef: session.id, checkoutUrl: session.wave_launch_url }
    } catch (error) {
      if (error instanceof WaveError) {
        throw new PaymentRequestRefused(
          error.status >= 500 ? 'unreachable' : 'declined',
          `Wave refused the request: ${error.message}.`
        )
      }
      throw error
    }
  }

  /**
   * The session as Wave has it. A payment that failed leaves the session
   * open for another try in the Wave app; we expire it first, so an attempt
   * we call failed can never be paid afterwards.
   */
  async paymentStatus(attempt: PayInAttempt): Promise<PayInStatus> {
    const session = await this.#session(attempt)
    const failedWhileOpen =
      session.checkout_status === 'open' &&
      session.payment_status === 'cancelled' &&
      session.last_payment_error
    return failedWhileOpen ? this.#expire(attempt, session) : statusOfSession(session)
  }

  /** A session lives a day: one the payer left is expired, so the shipper may pay another way. */
  async abandonPayment(attempt: PayInAttempt): Promise<PayInStatus> {
    const session = await this.#session(attempt)
    return session.checkout_status === 'open'
      ? this.#expire(attempt, session)
      : statusOfSession(session)
  }

  #session({ providerRef }: PayInAttempt) {
    return this.#client.call<WaveCheckoutSession>(
      'GET',
      `/v1/checkout/sessions/${encodeURIComponent(providerRef)}`
    )
  }

  /** Expires the session, then reads what it is: paid meanwhile, or expired with its last error. */
  async #expire(attempt: PayInAttempt, before: WaveCheckoutSession) {
    try {
      await this.#client.call(
        'POST',
        `/v1/checkout/sessions/${encodeURIComponent(attempt.providerRef)}/expire`
      )
    } catch (error) {
      // Completed meanwhile: the read below tells.
      logger.info({ err: error, providerRef: attempt.providerRef }, 'Wave did not expire a session')
    }
    const after = await this.#session(attempt)
    return statusOfSession({
      ...after,
      last_payment_error: after.last_payment_error ?? before.last_payment_error,
    })
  }
}
