import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { AuditAction } from '#audit/audit_actions'
import type { AuditSubjectType } from '#audit/audit_subjects'

/** One sensitive action; the database refuses to change or delete it. */
export default class AuditEvent extends BaseModel {
  @column({ isPrimary: true, consume: Number })
  declare id: number

  @column.dateTime()
  declare occurredAt: DateTime

  @column()
  declare actorId: number | null

  @column()
  declare actorRole: string | null

  @column()
  declare actorName: string | null

  @column()
  declare ip: string | null

  @column()
  declare action: AuditAction

  @column()
  declare subjectType: AuditSubjectType

  @column()
  declare subjectId: string

  /** What people call the subject, as it was then (null: unnamed, or recorded before names). */
  @column()
  declare subjectName: string | null

  @column()
  declare reason: string | null

  @column()
  declare before: Record<string, unknown> | null

  @column()
  declare after: Record<string, unknown> | null
}
