import type { PayInRequest } from '#money/providers/payment_provider'

/** The payer's answers the simulated phone offers, as Daraja's result codes. */
export const PHONE_ANSWERS = { pay: 0, cancel: 1032, wrong_pin: 2001 } as const
export type PhoneAnswer = keyof typeof PHONE_ANSWERS

export interface SimulatedPrompt {
  providerRef: string
  request: PayInRequest
  /** The result code once answered, by hand or automatically. */
  answered?: number
  /** Sends the callback of this code (asynchronously, sometimes twice), stopping the automatic one. */
  answer: (code: number) => void
}

/** The oldest are forgotten beyond it (a long-running dev API). */
const KEPT = 1_000

/**
 * The STK prompts the M-Pesa simulator has put on payers' phones, for the
 * development phone screen (GET /api/v1/dev/phone). In memory, one per
 * process (the simulator adds, the screen answers): a container singleton
 * (providers/app_provider.ts). A restarted API forgets them, and the
 * automatic answer (encoded in the CheckoutRequestID) is what remains.
 */
export default class SimulatedPhone {
  #prompts = new Map<string, SimulatedPrompt>()

  add(prompt: SimulatedPrompt) {
    this.#prompts.set(prompt.providerRef, prompt)
    if (this.#prompts.size > KEPT) this.#prompts.delete(this.#prompts.keys().next().value!)
  }

  find(providerRef: string) {
    return this.#prompts.get(providerRef)
  }

  /** Prompts still waiting on this phone, oldest first. */
  pendingFor(phone: string) {
    return [...this.#prompts.values()].filter(
      (prompt) => prompt.answered === undefined && prompt.request.phone === phone
    )
  }
}
