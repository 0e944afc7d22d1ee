import type { Currency } from '#core/money_format'
import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { PayoutFailure, PayoutHold } from '#money/payout_texts'

export const PAYOUT_STATUSES = [
  'queued',
  'sending',
  'sent',
  'failed',
  'cancelled',
  'reversed',
] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]
export const PAYOUT_KINDS = ['carrier', 'refund', 'farmer'] as const
export type PayoutKind = (typeof PAYOUT_KINDS)[number]

/**
 * Money leaving by a provider: a carrier's payout, a refund, or a farmer's
 * pay from their cooperative's payout run (migration create_payouts_table).
 */
export default class Payout extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare kind: PayoutKind

  /** The carrier paid (kind `carrier`), or the cooperative paying its farmer (kind `farmer`). */
  @column()
  declare organisationId: number | null

  @column()
  declare orderId: number | null

  /** The pay-in refunded (kind `refund`). */
  @column()
  declare paymentId: number | null

  @column()
  declare provider: string

  /** Minor units of `currency`. */
  @column({ consume: Number })
  declare amount: number

  @column()
  declare currency: Currency

  /** E.164: the number paid, or the person a Stellar payout is for. */
  @column()
  declare phone: string

  /** The Stellar account (G...) a payout by `stellar` goes to. */
  @column()
  declare account: string | null

  /** The pay-in's receipt when this refund reverses it at the provider (M-Pesa Reversal) instead of paying the number. */
  @column()
  declare reversesReceipt: string | null

  @column()
  declare status: PayoutStatus

  @column()
  declare attempt: number

  @column()
  declare idempotencyKey: string

  @column()
  declare originatorConversationId: string | null

  @column()
  declare providerRef: string | null

  @column()
  declare providerReceipt: string | null

  @column()
  declare failureReason: PayoutFailure | null

  @column()
  declare heldReason: PayoutHold | null

  @column({ serializeAs: null })
  declare callbackToken: string

  @column()
  declare requestedBy: number | null

  @column()
  declare reason: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  /** When the current attempt was first sent. */
  @column.dateTime()
  declare requestedAt: DateTime | null

  @column.dateTime()
  declare settledAt: DateTime | null

  /** When the provider was last asked about this payout's unknown outcome. */
  @column.dateTime()
  declare statusQueriedAt: DateTime | null
}
