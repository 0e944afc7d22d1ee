import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A number a carrier's owner asked to be paid on (migration create_payout_numbers_table). */
export default class PayoutNumber extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare organisationId: number

  /** E.164. */
  @column()
  declare phone: string

  @column()
  declare requestedBy: number | null

  /** Null until the code sent to it came back: only a confirmed number is paid. */
  @column.dateTime()
  declare confirmedAt: DateTime | null

  /** E.164: where payouts went before this number was confirmed, warned by SMS of the change. */
  @column()
  declare replacedPhone: string | null

  /** The warning texted to `replacedPhone`, once. */
  @column()
  declare alertSmsId: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
