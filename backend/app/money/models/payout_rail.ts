import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export const PAYOUT_RAILS = ['mobile_money', 'stellar'] as const
export type PayoutRailName = (typeof PAYOUT_RAILS)[number]

/** How a carrier is paid (migration create_stellar_tables); no row: by mobile money. */
export default class PayoutRail extends BaseModel {
  @column({ isPrimary: true })
  declare organisationId: number

  @column()
  declare rail: PayoutRailName

  @column()
  declare chosenBy: number | null

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
