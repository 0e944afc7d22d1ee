import type { Currency } from '#core/money_format'
import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#accounts/models/user'
import FarmerPayoutLine from '#collections/models/farmer_payout_line'

export const PAYOUT_RUN_STATUSES = ['draft', 'approved'] as const
export type PayoutRunStatus = (typeof PAYOUT_RUN_STATUSES)[number]

/**
 * A cooperative's farmers' pay for one period: a draft a manager prepares
 * (and prepares again while it is a draft), then approved once, which pays
 * each farmer owed something (migration create_farmer_payout_runs).
 */
export default class FarmerPayoutRun extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare cooperativeId: number

  /** `YYYY-MM` */
  @column()
  declare period: string

  @column()
  declare status: PayoutRunStatus

  @column()
  declare currency: Currency

  /** Minor units: the sum of the lines' net pay. */
  @column({ consume: Number })
  declare totalAmount: number

  @column()
  declare preparedById: number | null

  @column()
  declare approvedById: number | null

  /** Whether the cooperative had two managers or more when the run was last prepared. */
  @column()
  declare secondApproverRequired: boolean

  @column.dateTime()
  declare approvedAt: DateTime | null

  @belongsTo(() => User, { foreignKey: 'preparedById' })
  declare preparedBy: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'approvedById' })
  declare approvedBy: BelongsTo<typeof User>

  @hasMany(() => FarmerPayoutLine, { foreignKey: 'runId' })
  declare lines: HasMany<typeof FarmerPayoutLine>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
