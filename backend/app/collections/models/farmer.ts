import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { Locale } from '#core/locales'

export const FARMER_STATUSES = ['pending', 'active', 'suspended'] as const
export type FarmerStatus = (typeof FARMER_STATUSES)[number]

/**
 * A member who sells milk to the cooperative, known by their phone. No
 * account, no password: receipts by SMS, the rest by USSD.
 */
export default class Farmer extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare cooperativeId: number

  @column()
  declare phone: string

  @column()
  declare name: string

  @column()
  declare memberNumber: string

  @column()
  declare locale: Locale

  /** The M-Pesa / Airtel number payouts go to (often the same phone). */
  @column()
  declare payoutPhone: string

  @column()
  declare nationalId: string | null

  @column()
  declare status: FarmerStatus

  /** The farm gate (or centre) where the truck picks up their milk. */
  @column()
  declare stopId: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
