import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { NotificationKind } from '#notifications/notification_kinds'
import type { TextParams } from '#notifications/notification_texts'

/** One notice to one person; its texts are rendered in the reader's language. */
export default class Notification extends BaseModel {
  // bigint: node-postgres returns it as a string
  @column({ isPrimary: true, consume: (value) => Number(value) })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare kind: NotificationKind

  @column()
  declare critical: boolean

  @column()
  declare orderId: number | null

  @column()
  declare groupKey: string | null

  @column.dateTime()
  declare groupClosesAt: DateTime | null

  /** How many events it tells of (a burst of bids is one notice). */
  @column()
  declare count: number

  @column({ prepare: (value: TextParams) => JSON.stringify(value ?? {}) })
  declare params: TextParams

  @column.dateTime()
  declare readAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
