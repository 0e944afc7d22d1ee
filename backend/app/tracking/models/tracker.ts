import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A device id an OsmAnd / Traccar Client app sends as `id` or `device_id`. */
export default class Tracker extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare driverId: number

  @column()
  declare deviceId: string

  @column()
  declare name: string | null

  @column.dateTime()
  declare lastSeenAt: DateTime | null

  @column.dateTime()
  declare revokedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
