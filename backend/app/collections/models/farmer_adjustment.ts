import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export const ADJUSTMENT_KINDS = [
  'transport',
  'advance',
  'inputs',
  'bonus',
  'other',
  'carried',
] as const
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number]
/**
 * What a manager adds by hand; `carried` (what a farmer still owed when the
 * month before was paid) only the approval of a payout run writes.
 */
export const MANUAL_ADJUSTMENT_KINDS = ADJUSTMENT_KINDS.filter(
  (kind): kind is Exclude<AdjustmentKind, 'carried'> => kind !== 'carried'
)

/**
 * A deduction (transport, advance, inputs, other, carried from the month
 * before) or a bonus on a farmer's pay for a period.
 */
export default class FarmerAdjustment extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare cooperativeId: number

  @column()
  declare farmerId: number

  @column()
  declare period: string

  @column()
  declare kind: AdjustmentKind

  /** Minor unit, positive. */
  @column()
  declare amount: number

  @column()
  declare note: string | null

  @column()
  declare createdById: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  /** What it does to the pay: a bonus adds, the rest take off. */
  get signedAmount() {
    return this.kind === 'bonus' ? this.amount : -this.amount
  }
}
