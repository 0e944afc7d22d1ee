import DomainException from '#core/exceptions/domain_exception'
import type { PaymentFailure } from '#money/payment_failures'
import type { Locale } from '#core/locales'

/** What we ask a provider to collect: one pay-in attempt. */
export interface PayInRequest {
  paymentId: number
  /** Minor units of `currency`. */
  amount: number
  currency: string
  /** E.164. */
  phone: string
  /** What the payer sees on the prompt (within the provider's limits). */
  accountReference: string
  description: string
  /** Our callback URL for this attempt, with its secret token. */
  callbackUrl: string
  /** Where a payment page sends the payer back (the order's page). */
  returnUrl: string
  /** The payer's language, for a payment page that speaks it. */
  language: Locale
}

/** The provider took the request. */
export interface PayInStarted {
  /** The provider's id of the attempt (Daraja's CheckoutRequestID, Wave's session id). */
  providerRef: string
  /** Where the payer approves it, for providers that use a payment page instead of a phone prompt. */
  checkoutUrl?: string
  /** What the provider's callbacks carry to prove they are about this attempt (Orange's notif_token). */
  callbackProof?: string
}

/** An attempt the provider has named, as we ask it about it. */
export interface PayInAttempt {
  paymentId: number
  providerRef: string
  /** Minor units of `currency`. */
  amount: number
  currency: string
  accountReference: string
}

/** What the provider now knows of an attempt (from its query API, never from a callback alone). */
export type PayInStatus =
  | { state: 'received'; receipt?: string }
  | { state: 'failed'; reason: PaymentFailure; detail: string }
  | { state: 'pending' }

/** The provider refused the request outright (bad number, limits, its own outage). */
export class PaymentRequestRefused extends DomainException {
  constructor(
    public reason: PaymentFailure,
    message: string
  ) {
    super(message, { status: 502, code: 'E_PAYMENT_PROVIDER' })
  }
}

/**
 * A mobile money provider's collection API (docs/architecture.md, "Outside
 * systems"): a real implementation per provider and the simulator, chosen
 * by configuration in providers/app_provider.ts.
 */
export default abstract class PaymentProvider {
  abstract readonly name: string

  /** Starts the prompt on the payer's phone; returns the provider's id of the attempt. */
  abstract requestPayment(request: PayInRequest): Promise<PayInStarted>

  /** Asks the provider what became of an attempt. */
  abstract paymentStatus(attempt: PayInAttempt): Promise<PayInStatus>

  /**
   * Closes an attempt nobody finished, so it can no longer be paid, and
   * says what it is now. Prompts time out at the provider on their own: by
   * default this only asks.
   */
  abandonPayment(attempt: PayInAttempt): Promise<PayInStatus> {
    return this.paymentStatus(attempt)
  }
}
