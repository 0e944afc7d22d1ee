import { randomBytes } from 'node:crypto'
import PaymentProvider, {
  type PayInAttempt,
  type PayInRequest,
  type PayInStatus,
} from '#money/providers/payment_provider'
import {
  clientReferenceOf,
  signatureHeader,
  statusOfSession,
  type WaveCheckoutSession,
} from '#money/providers/wave_wire'
import { toMajor } from '#money/minor_units'
import type { SimulatorOptions } from '#money/providers/simulated_callbacks'
import type SimulatedPhone from '#money/providers/simulated_phone'
import { simulatedCheckoutUrl } from '#money/providers/simulated_checkout_url'

/** What the simulated payer does, by the phone's last digits: …0001 has too little money, …1019 never pays. */
const OUTCOME_BY_SUFFIX: [string, string][] = [
  ['0001', 'insufficient-funds'],
  ['1019', 'expired'],
]

export interface SimulatedWaveOptions extends SimulatorOptions {
  /** Signs the webhooks like Wave does, with the secret our webhook route checks. */
  webhookSecret: string
}

/**
 * The development Wave (`WAVE_TRANSPORT=simulator`, the default of
 * `make dev`): the Wave app is not there, so its launch URL is a simulated
 * checkout page (GET /api/v1/dev/checkout/:ref) with Pay and Decline; the
 * simulator sends Wave's signed checkout event to our webhook, sometimes
 * twice, and answers the session read. Unanswered, the number's last digits
 * answer after `answerAfterMs`; the session id carries that outcome, so a
 * restarted API still knows.
 */
export default class SimulatedWaveProvider extends PaymentProvider {
  readonly name = 'wave'

  constructor(
    private options: SimulatedWaveOptions,
    private phone: SimulatedPhone
  ) {
    super()
  }

  async requestPayment(request: PayInRequest) {
    const outcome = OUTCOME_BY_SUFFIX.find(([suffix]) => request.phone.endsWith(suffix))?.[1]
    const answerAt = Date.now() + this.options.answerAfterMs
    const id = `cos-sim_${answerAt}_${outcome ?? 'paid'}_${randomBytes(4).toString('hex')}`
    const session = this.#session(id, request.amount, request.currency, request.paymentId)
    session.wave_launch_url = simulatedCheckoutUrl(id)
    this.phone.prompt(this.options, {
      provider: 'wave',
      kind: 'checkout',
      providerRef: id,
      request,
      simulator: 'Wave',
      automatic: outcome === 'expired' ? null : (outcome ?? 'paid'),
      outcomeOf: (answer) => (answer === 'pay' ? 'paid' : 'declined'),
      callbackOf: (answered) => {
        // The session as it is once the payer answered.
        const body = JSON.stringify(this.#event(this.#settled(session, answered)))
        return () => ({
          body,
          headers: {
            'wave-signature': signatureHeader(
              this.options.webhookSecret,
              Math.floor(Date.now() / 1000),
              body
            ),
          },
        })
      },
    })
    return { providerRef: id, checkoutUrl: session.wave_launch_url }
  }

  async paymentStatus(attempt: PayInAttempt): Promise<PayInStatus> {
    const session = this.#session(
      attempt.providerRef,
      attempt.amount,
      attempt.currency,
      attempt.paymentId
    )
    const [, answerAt, automatic] = session.id.split('_')
    const answered = this.phone.find(session.id)?.answered
    if (answered === undefined && Number(answerAt) > Date.now()) return statusOfSession(session)
    return statusOfSession(this.#settled(session, answered ?? automatic))
  }

  #session(id: string, amount: number, currency: string, paymentId: number): WaveCheckoutSession {
    return {
      id,
      amount: String(toMajor(amount, currency)),
      currency,
      checkout_status: 'open',
      payment_status: 'processing',
      client_reference: clientReferenceOf(paymentId),
      last_payment_error: null,
      transaction_id: null,
      wave_launch_url: '',
    }
  }

  /** The session once the payer answered: paid, failed (the outcome is Wave's error code) or expired. */
  #settled(session: WaveCheckoutSession, outcome: string): WaveCheckoutSession {
    if (outcome === 'paid') {
      return {
        ...session,
        checkout_status: 'complete',
        payment_status: 'succeeded',
        transaction_id: `TSIM${session.id.slice(-8).toUpperCase()}`,
      }
    }
    return {
      ...session,
      checkout_status: 'expired',
      payment_status: 'cancelled',
      last_payment_error:
        outcome === 'expired' ? null : { code: outcome, message: `Simulated ${outcome}` },
    }
  }

  #event(session: WaveCheckoutSession) {
    return {
      id: `AE_sim_${randomBytes(6).toString('hex')}`,
      type:
        session.payment_status === 'succeeded'
          ? 'checkout.session.completed'
          : 'checkout.session.payment_failed',
      data: session,
    }
  }
}
