import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A user's Stellar keypair (migration create_stellar_tables): the secret only ever encrypted. */
export default class StellarWallet extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  /** The account id (G...). */
  @column()
  declare publicKey: string

  /** The secret seed, encrypted with APP_KEY (AdonisJS encryption). */
  @column({ serializeAs: null })
  declare encryptedSecret: string

  /** When the account was created on the network (Friendbot on testnet). */
  @column.dateTime()
  declare fundedAt: DateTime | null

  /** When it trusted the assets payouts are made in. */
  @column.dateTime()
  declare trustedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
