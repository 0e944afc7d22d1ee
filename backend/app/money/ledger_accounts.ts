import { CURRENCIES, CURRENCY } from '#core/money_format'
/**
 * The kinds of ledger account and how each behaves: the one place this is
 * written. `normal` is the side that increases it (assets and money we are
 * owed are debit-normal; money we hold for someone is credit-normal);
 * `nonNegative` accounts are guarded by the database (a CHECK on the balance).
 */
export const ACCOUNT_PURPOSES = {
  /** Money a provider collected for us or must pay out for us, per provider (owner `provider:<name>`). */
  provider_clearing: { normal: 'debit', nonNegative: false },
  /** A shipper's payment held for one order until settlement (owner `order:<id>`). */
  order_escrow: { normal: 'credit', nonNegative: true },
  /** What the platform owes a carrier (owner `organisation:<id>`). */
  carrier_payable: { normal: 'credit', nonNegative: true },
  /** Payouts sent to a provider whose result is not known yet (owner `organisation:<id>`). */
  payout_in_flight: { normal: 'credit', nonNegative: true },
  /** The platform's commission (owner `platform`). */
  platform_commission: { normal: 'credit', nonNegative: false },
  /** Refunds owed to a shipper, sent or about to be (owner `order:<id>`). */
  refund_payable: { normal: 'credit', nonNegative: true },
  /** What a cooperative's approved payout runs owe its farmers, until each payout leaves (owner `organisation:<id>`). */
  farmer_payable: { normal: 'credit', nonNegative: true },
  /** What a cooperative owes the platform for the farmer payouts it approved (owner `organisation:<id>`). */
  cooperative_receivable: { normal: 'debit', nonNegative: false },
  /** Cash a carrier collected on delivery on the platform's behalf (owner `organisation:<id>`). */
  cash_held_by_carrier: { normal: 'debit', nonNegative: false },
} as const satisfies Record<string, { normal: 'debit' | 'credit'; nonNegative: boolean }>

export type AccountPurpose = keyof typeof ACCOUNT_PURPOSES

/** What caused a journal (its `kind`): the one list, which the console names too. */
export const JOURNAL_KINDS = [
  'payment_received',
  'settlement',
  'dispute_refund',
  'carrier_payout_reserved',
  'carrier_payout_sent',
  'carrier_payout_cancelled',
  'carrier_payout_reversed',
  'refund_payout_reserved',
  'refund_payout_sent',
  'refund_payout_cancelled',
  'refund_payout_reversed',
  'refund_payout_returned_by_hand',
  'farmer_payout_run_approved',
  'farmer_payout_reserved',
  'farmer_payout_sent',
  'farmer_payout_cancelled',
  'farmer_payout_reversed',
] as const
export type JournalKind = (typeof JOURNAL_KINDS)[number]

export interface AccountRef {
  owner: string
  purpose: AccountPurpose
  currency: string
}

/** Account owners, spelled once. */
export const owners = {
  platform: 'platform',
  order: (id: number) => `order:${id}`,
  organisation: (id: number) => `organisation:${id}`,
  provider: (name: string) => `provider:${name}`,
}

/** The ISO 4217 currencies the ledger accepts, with their minor-unit digits. */
export const CURRENCY_DIGITS: Record<string, number> = Object.fromEntries(
  CURRENCIES.map((code) => [code, CURRENCY[code].minorDigits])
)
