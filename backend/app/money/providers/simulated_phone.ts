import type { PayInRequest } from '#money/providers/payment_provider'
import type { PaymentProviderName } from '#money/payment_providers'
import {
  callBackLater,
  type Delivery,
  type SimulatorOptions,
} from '#money/providers/simulated_callbacks'

/** The payer's buttons on a phone prompt (M-Pesa, Airtel Money). */
export const PHONE_ANSWERS = ['pay', 'wrong_pin', 'cancel'] as const
/** The payer's buttons on a payment page (Wave, Orange Money). */
export const CHECKOUT_ANSWERS = ['pay', 'decline'] as const
export type PayerAnswer = (typeof PHONE_ANSWERS)[number] | (typeof CHECKOUT_ANSWERS)[number]

export interface SimulatedPrompt {
  provider: PaymentProviderName
  /** A prompt on the payer's phone, or a payment page the payer is sent to. */
  kind: 'phone' | 'checkout'
  providerRef: string
  request: PayInRequest
  /** The simulator's outcome once answered, by hand or automatically (its own code). */
  answered?: string
  /** Sends the callback of this answer (asynchronously, sometimes twice), stopping the automatic one. */
  answer: (answer: PayerAnswer) => void
}

/** What a simulator says of one prompt it puts before the payer. */
export interface PromptSpec extends Omit<SimulatedPrompt, 'answered' | 'answer'> {
  /** Named in the logs ("M-Pesa"). */
  simulator: string
  /** The outcome the number's last digits chose, sent after `answerAfterMs`; null: never answered. */
  automatic: string | null
  /** The simulator's outcome for the payer's button. */
  outcomeOf: (answer: PayerAnswer) => string
  /** The callback that tells this outcome; its body is built once, sent at each delivery. */
  callbackOf: (outcome: string) => () => Delivery
}

/** The oldest are forgotten beyond it (a long-running dev API). */
const KEPT = 1_000

/**
 * The prompts the simulators have put before payers (phone prompts and
 * payment pages), for the development phone (GET /api/v1/dev/phone) and the
 * simulated checkout pages. In memory, one per process (the simulators add,
 * the pages answer): a container singleton (providers/app_provider.ts). A
 * restarted API forgets them, and the automatic answer (encoded in each
 * simulator's reference) is what remains.
 */
export default class SimulatedPhone {
  #prompts = new Map<string, SimulatedPrompt>()

  /**
   * Puts a prompt before the payer: the automatic answer is sent through the
   * simulator's callback path after `answerAfterMs` unless the payer answers
   * by hand first; then only the hand answer is sent, through the same path.
   */
  prompt(options: SimulatorOptions, spec: PromptSpec) {
    const { simulator, automatic, outcomeOf, callbackOf, ...fields } = spec
    const url = spec.request.callbackUrl
    let stopAutomatic = () => {}
    const prompt: SimulatedPrompt = {
      ...fields,
      answer: (answer) => {
        if (prompt.answered !== undefined) return
        const outcome = outcomeOf(answer)
        prompt.answered = outcome
        stopAutomatic()
        callBackLater({ ...options, answerAfterMs: 0 }, simulator, url, callbackOf(outcome))
      },
    }
    if (automatic !== null) {
      const build = callbackOf(automatic)
      stopAutomatic = callBackLater(options, simulator, url, () => {
        prompt.answered ??= automatic
        return build()
      })
    }
    this.#prompts.set(prompt.providerRef, prompt)
    if (this.#prompts.size > KEPT) this.#prompts.delete(this.#prompts.keys().next().value!)
  }

  find(providerRef: string) {
    return this.#prompts.get(providerRef)
  }

  /** The latest prompt or payment page of this payment (attempt), answered or not. */
  ofPayment(paymentId: number) {
    return [...this.#prompts.values()].findLast((prompt) => prompt.request.paymentId === paymentId)
  }

  /** Prompts and payment pages still waiting for this phone, oldest first. */
  pendingFor(phone: string) {
    return [...this.#prompts.values()].filter(
      (prompt) => prompt.answered === undefined && prompt.request.phone === phone
    )
  }
}
