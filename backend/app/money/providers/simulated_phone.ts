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

/**
 * The STK prompts the M-Pesa simulator has put on payers' phones, for the
 * development phone screen (GET /api/v1/dev/phone). In memory: a restarted
 * API forgets them, and the automatic answer (encoded in the
 * CheckoutRequestID) is what remains.
 */
const prompts = new Map<string, SimulatedPrompt>()
/** The oldest are forgotten beyond it (a long-running dev API). */
const KEPT = 1_000

export const simulatedPhone = {
  add(prompt: SimulatedPrompt) {
    prompts.set(prompt.providerRef, prompt)
    if (prompts.size > KEPT) prompts.delete(prompts.keys().next().value!)
  },
  find(providerRef: string) {
    return prompts.get(providerRef)
  },
  /** Prompts still waiting on this phone, oldest first. */
  pendingFor(phone: string) {
    return [...prompts.values()].filter(
      (prompt) => prompt.answered === undefined && prompt.request.phone === phone
    )
  },
}
