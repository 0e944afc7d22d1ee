import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class SmsMessage extends BaseModel {
  /** bigint: pg hands it over as a string; the API answers a number. */
  @column({ isPrimary: true, consume: Number })
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

  /** GSM-7 or UCS-2, and how many segments the provider bills. */
  @column()
  declare encoding: string | null

  @column()
  declare segments: number | null

  /** The provider's last delivery report: Success, Failed, Rejected, Buffered, ... */
  @column()
  declare deliveryStatus: string | null

  @column()
  declare deliveryFailureReason: string | null

  @column()
  declare networkCode: string | null

  @column.dateTime()
  declare deliveryReportedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
