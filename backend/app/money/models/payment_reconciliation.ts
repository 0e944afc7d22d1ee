import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { PaymentProviderName } from '#money/payment_providers'

/** What became of a pay-in reconciliation asked about: settled, or why not. */
export const RECONCILIATION_OUTCOMES = ['received', 'failed', 'pending', 'error'] as const
export type ReconciliationOutcome = (typeof RECONCILIATION_OUTCOMES)[number]

/** Why a pay-in could not be settled. */
export const UNSETTLED_REASONS = ['not_acknowledged', 'provider_pending', 'error'] as const
export type UnsettledReason = (typeof UNSETTLED_REASONS)[number]

/** One check of one pay-in (migration create_payment_reconciliations). */
export default class PaymentReconciliation extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column.dateTime()
  declare runAt: DateTime

  @column()
  declare paymentId: number

  @column()
  declare provider: PaymentProviderName

  @column()
  declare outcome: ReconciliationOutcome

  @column()
  declare settled: boolean

  @column()
  declare reason: UnsettledReason | null

  /** The error's own words when the check broke (for the operator, not the payer). */
  @column()
  declare detail: string | null

  /** The operator who asked from the console; null for the job. */
  @column()
  declare checkedBy: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
