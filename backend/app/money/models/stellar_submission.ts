import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/**
 * The signed Stellar transaction of one payout attempt, stored before it is
 * submitted (migration create_stellar_tables): a resend submits the same
 * envelope, so the network applies it at most once.
 */
export default class StellarSubmission extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  /** The payout attempt's key (our OriginatorConversationID), also the transaction's memo. */
  @column()
  declare idempotencyKey: string

  @column()
  declare hash: string

  @column()
  declare envelopeXdr: string

  /** The transaction's upper time bound: absent from the network after it, it never left. */
  @column.dateTime()
  declare validUntil: DateTime

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
