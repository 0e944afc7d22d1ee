import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A provider's callback, stored once per (provider, provider's id) before a job applies it. */
export default class PaymentCallback extends BaseModel {
  @column({ isPrimary: true, consume: Number })
  declare id: number

  @column()
  declare provider: string

  @column()
  declare providerRef: string

  @column()
  declare paymentId: number | null

  @column()
  declare payoutId: number | null

  @column()
  declare body: Record<string, any>

  @column()
  declare outcome: 'applied' | 'mismatch' | 'ignored' | null

  @column()
  declare note: string | null

  @column.dateTime()
  declare receivedAt: DateTime

  @column.dateTime()
  declare processedAt: DateTime | null
}
