import type { Currency } from '#core/money_format'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export default class LedgerEntry extends BaseModel {
  @column({ isPrimary: true, consume: Number })
  declare id: number

  @column({ consume: Number })
  declare journalId: number

  @column({ consume: Number })
  declare accountId: number

  /** Signed minor units: debit > 0, credit < 0. */
  @column({ consume: Number })
  declare amount: number

  @column()
  declare currency: Currency
}
