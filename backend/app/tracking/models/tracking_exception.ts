import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#accounts/models/user'

export const TRACKING_EXCEPTION_KINDS = ['long_stop', 'off_route'] as const
export type TrackingExceptionKind = (typeof TRACKING_EXCEPTION_KINDS)[number]

/** A long stop or a truck off its planned corridor, for dispatchers. */
export default class TrackingException extends BaseModel {
  /** bigint: pg hands it over as a string; the API answers a number. */
  @column({ isPrimary: true, consume: Number })
  declare id: number

  @column()
  declare kind: TrackingExceptionKind

  @column()
  declare orderId: number | null

  @column()
  declare driverId: number

  @belongsTo(() => User, { foreignKey: 'driverId' })
  declare driver: BelongsTo<typeof User>

  @column()
  declare organisationId: number | null

  @column({ serializeAs: null })
  declare position: string | null

  @column()
  declare details: Record<string, unknown>

  @column.dateTime()
  declare openedAt: DateTime

  @column.dateTime()
  declare resolvedAt: DateTime | null
}
