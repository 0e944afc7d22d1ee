import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export const DISPUTE_REASONS = [
  'damaged',
  'missing_items',
  'not_delivered',
  'late',
  'wrong_address',
  'other',
] as const
export type DisputeReason = (typeof DISPUTE_REASONS)[number]

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
  declare status: 'open' | 'resolved' | 'cancelled'

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
}
