import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export const RATING_DIRECTIONS = ['shipper_to_carrier', 'carrier_to_shipper'] as const
export type RatingDirection = (typeof RATING_DIRECTIONS)[number]

/**
 * One side's rating of the other after an order completed. Profiles
 * aggregate by organisation (`ratedOrganisationId`); the rated user is kept
 * too, for shippers who post without an organisation.
 */
export default class Rating extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare orderId: number

  @column()
  declare direction: RatingDirection

  @column()
  declare raterId: number | null

  @column()
  declare ratedOrganisationId: number | null

  @column()
  declare ratedUserId: number | null

  @column()
  declare score: number

  @column()
  declare comment: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
