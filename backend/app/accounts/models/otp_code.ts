import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export type OtpPurpose = 'sign_in' | 'payout_number'

export default class OtpCode extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare phone: string

  /** What the code proves: a sign-in, or a carrier's new payout number. */
  @column()
  declare purpose: OtpPurpose

  @column({ serializeAs: null })
  declare codeHash: string

  @column()
  declare attempts: number

  @column.dateTime()
  declare expiresAt: DateTime

  @column.dateTime()
  declare consumedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
