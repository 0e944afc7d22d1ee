import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#accounts/models/user'
import Order from '#orders/models/order'

export const DISPUTE_REASONS = [
  'damaged',
  'missing_items',
  'not_delivered',
  'late',
  'wrong_address',
  'other',
] as const
export type DisputeReason = (typeof DISPUTE_REASONS)[number]

export const DISPUTE_STATUSES = ['open', 'resolved', 'cancelled'] as const
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]

/**
 * Who gets the escrow: all of it to the carrier (less the commission), all
 * of it back to the shipper (the order is cancelled), or a split.
 */
export const DISPUTE_DECISIONS = ['pay_carrier', 'refund_shipper', 'split'] as const
export type DisputeDecision = (typeof DISPUTE_DECISIONS)[number]

export interface EvidenceFile {
  key: string
  contentType: string
  fileName: string
  size: number
}

export default class Dispute extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare orderId: number

  @column()
  declare openedById: number | null

  @column()
  declare reason: DisputeReason

  @column()
  declare description: string

  @column({ prepare: (value: EvidenceFile[]) => JSON.stringify(value ?? []) })
  declare evidence: EvidenceFile[]

  @column()
  declare status: DisputeStatus

  @column()
  declare decision: DisputeDecision | null

  /** What the carrier was given before the commission (minor units of the order's currency). */
  @column({ consume: (value) => (value === null ? null : Number(value)) })
  declare carrierAmount: number | null

  /** What the shipper is refunded (minor units). */
  @column({ consume: (value) => (value === null ? null : Number(value)) })
  declare refundAmount: number | null

  @column()
  declare resolutionNote: string | null

  @column()
  declare resolvedById: number | null

  @column.dateTime()
  declare resolvedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => Order)
  declare order: BelongsTo<typeof Order>

  @belongsTo(() => User, { foreignKey: 'openedById' })
  declare openedBy: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'resolvedById' })
  declare resolvedBy: BelongsTo<typeof User>
}
