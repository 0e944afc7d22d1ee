import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class SmsMessage extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare to: string

  @column()
  declare body: string

  @column()
  declare transport: string

  @column()
  declare status: string

  @column()
  declare providerMessageId: string | null

  @column()
  declare error: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
