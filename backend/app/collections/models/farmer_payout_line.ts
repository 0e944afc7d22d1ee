import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Payout from '#money/models/payout'
import Farmer from '#collections/models/farmer'

/** One farmer of a payout run: what their statement came to, and the payout that pays it. */
export default class FarmerPayoutLine extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare runId: number

  @column()
  declare farmerId: number

  @column({ consume: Number })
  declare litres: number

  /** Minor units. */
  @column({ consume: Number })
  declare gross: number

  @column({ consume: Number })
  declare deductions: number

  @column({ consume: Number })
  declare bonuses: number

  /** What the farmer is paid (nothing when it is not above zero). */
  @column({ consume: Number })
  declare net: number

  @column()
  declare payoutId: number | null

  @column()
  declare statementSmsId: number | null

  @belongsTo(() => Farmer)
  declare farmer: BelongsTo<typeof Farmer>

  @belongsTo(() => Payout)
  declare payout: BelongsTo<typeof Payout>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
