import { DateTime } from 'luxon'
import { BaseModel, column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import LedgerEntry from '#money/models/ledger_entry'

/** One movement of money: immutable, balanced, posted once per idempotency key. */
export default class LedgerJournal extends BaseModel {
  @column({ isPrimary: true, consume: Number })
  declare id: number

  @column()
  declare idempotencyKey: string

  @column()
  declare kind: string

  @column()
  declare orderId: number | null

  @column()
  declare memo: string

  @column()
  declare data: Record<string, unknown>

  @column.dateTime()
  declare createdAt: DateTime

  @hasMany(() => LedgerEntry, { foreignKey: 'journalId' })
  declare entries: HasMany<typeof LedgerEntry>
}
