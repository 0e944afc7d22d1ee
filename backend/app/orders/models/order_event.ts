import { DateTime } from 'luxon'
import { BaseModel, beforeFetch, beforeFind, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import User from '#accounts/models/user'
import { geoPointColumn, selectPoints, type LatLng } from '#core/models/geo_point'

/**
 * One line of an order's timeline: every state transition (type = the new
 * status, or `bid_accepted`, `unassigned`, ...) and facts reported by
 * tracking (`arrived_pickup`, ...). `actorId` is null for the system.
 */
export default class OrderEvent extends BaseModel {
  // bigint: node-postgres returns it as a string
  @column({ isPrimary: true, consume: (value) => Number(value) })
  declare id: number

  @column()
  declare orderId: number

  @column()
  declare type: string

  @column()
  declare actorId: number | null

  @column(geoPointColumn)
  declare position: LatLng | null

  @column({ prepare: (value: Record<string, unknown>) => JSON.stringify(value ?? {}) })
  declare data: Record<string, unknown>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => User, { foreignKey: 'actorId' })
  declare actor: BelongsTo<typeof User>

  @beforeFind()
  @beforeFetch()
  static selectPosition(query: ModelQueryBuilderContract<typeof OrderEvent>) {
    selectPoints(query, 'order_events', ['position'])
  }
}
