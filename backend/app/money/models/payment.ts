import type { Currency } from '#core/money_format'
import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { PaymentProviderName } from '#money/payment_providers'
import type { PaymentFailure } from '#money/payment_failures'

/** `returned`: the money came in after the order no longer wanted it, and goes back to its payer. */
export const PAYMENT_STATUSES = ['pending', 'received', 'failed', 'returned'] as const
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]
/** An attempt that holds the order's payment: at most one per order (the payments' partial unique index). */
export const LIVE_PAYMENT_STATUSES = ['pending', 'received'] as const satisfies PaymentStatus[]

/** One attempt to pay an order into escrow (migration create_payments_tables). */
export default class Payment extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare orderId: number

  @column()
  declare payerId: number

  @column()
  declare provider: PaymentProviderName

  /** Minor units of `currency`. */
  @column({ consume: Number })
  declare amount: number

  @column()
  declare currency: Currency

  /** E.164; null for cash. */
  @column()
  declare phone: string | null

  @column()
  declare status: PaymentStatus

  @column()
  declare failureReason: PaymentFailure | null

  /** The secret of our callback URL for this attempt; never leaves the server except to the provider. */
  @column({ serializeAs: null })
  declare callbackToken: string

  @column()
  declare providerRef: string | null

  @column()
  declare providerReceipt: string | null

  @column()
  declare accountReference: string

  /** The provider's page where the payer approves (Wave, Orange Money); null for a phone prompt. */
  @column()
  declare checkoutUrl: string | null

  /** What the provider's callbacks must carry (Orange Money's notif_token); never leaves the server. */
  @column({ serializeAs: null })
  declare callbackProof: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @column.dateTime()
  declare settledAt: DateTime | null
}
