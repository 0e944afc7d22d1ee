/**
 * The application events of money, named once here and emitted only by
 * MoneyEventService after the commit of what they announce. Other
 * capabilities (notifications) listen with `emitter.on('money:...')` and
 * never import money's services. Amounts are minor units with their ISO 4217 code.
 */
export interface PaymentEvent {
  paymentId: number
  orderId: number
  /** The shipper who paid (or tried to). */
  userId: number
  amount: number
  currency: string
  provider: string
}

export interface PaymentFailedEvent extends PaymentEvent {
  /** A stable code (`cancelled`, `wrong_pin`, `timeout`, `insufficient_funds`, `unreachable`, `declined`). */
  reason: string
}

export interface PayoutEvent {
  payoutId: number
  /** The carrier paid, or the cooperative whose farmer was paid (`money:farmer_payout_*`). */
  organisationId: number
  amount: number
  currency: string
  provider: string
}

export interface PayoutFailedEvent extends PayoutEvent {
  reason: string
  /** Which try failed (a retry with a new key is the next one): each failed try is told once. */
  attempt: number
}

export interface RefundEvent {
  payoutId: number
  orderId: number
  /** The shipper who paid and is paid back. */
  userId: number
  amount: number
  currency: string
  provider: string
}

export interface MoneyEvents {
  'money:payment_received': PaymentEvent
  'money:payment_failed': PaymentFailedEvent
  'money:payout_sent': PayoutEvent
  'money:payout_failed': PayoutFailedEvent
  /** A payout the provider reported sent came back (Wave's reversal): the net is owed again. */
  'money:payout_reversed': PayoutEvent
  /** A farmer's pay of a cooperative's payout run left, or failed (collections tells the farmer). */
  'money:farmer_payout_sent': PayoutEvent
  'money:farmer_payout_failed': PayoutFailedEvent
  /** A farmer's pay the provider reported sent came back: owed to the farmer again (collections texts them). */
  'money:farmer_payout_reversed': PayoutEvent
  'money:refund_sent': RefundEvent
  /** A refund the provider reported sent came back: the shipper is owed it again. */
  'money:refund_reversed': RefundEvent
}

declare module '@adonisjs/core/types' {
  interface EventsList extends MoneyEvents {}
}
