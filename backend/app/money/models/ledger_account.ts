import type { Currency } from '#core/money_format'
import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { AccountPurpose } from '#money/ledger_accounts'

/** A ledger account; its balance is kept by the database from the entries (never written by code). */
export default class LedgerAccount extends BaseModel {
  /** Read through the view that sums an unguarded account's stripes (its balance's one definition). */
  static table = 'ledger_account_balances'

  @column({ isPrimary: true, consume: Number })
  declare id: number

  @column()
  declare owner: string

  @column()
  declare purpose: AccountPurpose

  @column()
  declare currency: Currency

  @column()
  declare normalSide: 'debit' | 'credit'

  @column()
  declare nonNegative: boolean

  /** Signed (debit > 0) minor units. */
  @column({ consume: Number })
  declare balance: number

  @column.dateTime()
  declare createdAt: DateTime
}
