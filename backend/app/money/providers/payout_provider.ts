import type { PayoutFailure } from '#money/payout_texts'

/** What we ask a provider to send: one attempt of a payout (to a carrier, or a refund to a payer). */
export interface PayoutRequest {
  /**
   * Our idempotency key of this attempt (Daraja's OriginatorConversationID),
   * stored before the call: the provider refuses a second request with it.
   */
  idempotencyKey: string
  /** Minor units of `currency`. */
  amount: number
  currency: string
  /** E.164. */
  phone: string
  /** The Stellar account (G...) to pay, for the `stellar` rail. */
  account?: string | null
  remarks: string
  /** Our callback URLs for this payout, with its secret token. */
  resultUrl: string
  timeoutUrl: string
  /** A refund that reverses this pay-in (its receipt) rather than paying `phone`; only where `reverses`. */
  reverses?: string | null
  /**
   * This key was in flight already and its answer was lost (a job retry):
   * a provider that would accept the key twice (Orange) must find it before
   * sending anything.
   */
  resend?: boolean
}

/** The provider accepted the request; its result comes by callback. */
export interface PayoutAccepted {
  /** The provider's id of the request (Daraja's ConversationID); null when it already had this key. */
  providerRef: string | null
  /** What became of it, when the provider says at once (Wave); else it comes by callback. */
  outcome?: PayoutOutcome
}

/** We ask a provider what became of an attempt whose outcome we do not know. */
export interface PayoutQuery {
  idempotencyKey: string
  /** The provider's id of the request, when its answer reached us. */
  providerRef: string | null
  amount: number
  currency: string
  /** Where an asynchronous answer comes (Daraja's Transaction Status result), and its queue timeout. */
  resultUrl: string
  timeoutUrl: string
  /** The attempt is a reversal of this pay-in receipt (M-Pesa): it is asked about by the receipt. */
  reverses?: string | null
}

/** What the provider says became of an attempt. */
export type PayoutOutcome =
  | { state: 'sent'; receipt: string; /** Minor units, when the provider says. */ amount?: number }
  | { state: 'failed'; reason: PayoutFailure; detail: string }
  /** Not final yet, or the provider cannot tell: nothing changes. */
  | { state: 'pending'; detail: string }

/** The provider refused the request outright: nothing was sent for this key. */
export class PayoutRefused extends Error {
  constructor(
    public reason: PayoutFailure,
    message: string
  ) {
    super(message)
  }
}

/**
 * A mobile money provider's disbursement API (docs/architecture.md,
 * "Outside systems"): Daraja B2C, Wave, Airtel and their simulators, chosen by configuration
 * in providers/app_provider.ts. Any other error than PayoutRefused means
 * the outcome is unknown: a retry sends the same key again.
 */
export default abstract class PayoutProvider {
  abstract readonly name: string
  /** The currencies it pays out in, as configured. */
  abstract readonly currencies: readonly string[]
  /** Whether it can return a pay-in by reversing the provider's transaction (M-Pesa Reversal). */
  get reverses(): boolean {
    return false
  }

  abstract sendPayout(request: PayoutRequest): Promise<PayoutAccepted>

  /**
   * Asks what became of an attempt: the outcome, or null when the answer
   * comes later to `resultUrl` (Daraja). An error means nobody answered.
   */
  abstract checkPayout(query: PayoutQuery): Promise<PayoutOutcome | null>

  /** Whether a payout it reported sent can come back later (Wave reverses payouts). */
  readonly reversible: boolean = false

  /**
   * Whether the sent payout `providerRef` was reversed since: what the
   * provider says of it, or null while it stands. Asked only of a
   * `reversible` provider; an error means nobody answered.
   */
  async checkReversal(_providerRef: string): Promise<string | null> {
    return null
  }
}
