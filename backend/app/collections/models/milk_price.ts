import type { Grade } from '#collections/quality_rules'
import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** One line of a cooperative's rate chart: a litre of `grade` milk in `period`. */
export default class MilkPrice extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare cooperativeId: number

  @column()
  declare period: string

  @column()
  declare grade: Grade

  /** Minor unit of the cooperative's currency. */
  @column()
  declare pricePerLitre: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
