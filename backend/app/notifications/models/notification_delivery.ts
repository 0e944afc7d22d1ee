import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { OutsideChannel } from '#notifications/notification_kinds'

export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'pruned' | 'suppressed'

/** One notice sent (or not) on one channel to one device (push) or phone (SMS). */
export default class NotificationDelivery extends BaseModel {
  @column({ isPrimary: true, consume: (value) => Number(value) })
  declare id: number

  @column({ consume: (value) => Number(value) })
  declare notificationId: number

  @column()
  declare userId: number

  @column()
  declare channel: OutsideChannel

  @column()
  declare target: string

  @column()
  declare status: DeliveryStatus

  @column()
  declare attempts: number

  @column()
  declare count: number

  @column()
  declare providerMessageId: string | null

  @column({ consume: (value) => (value === null ? null : Number(value)) })
  declare smsMessageId: number | null

  @column()
  declare error: string | null

  @column.dateTime()
  declare sentAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
