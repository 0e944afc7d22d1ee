import type { AuditSubjectType } from '#audit/audit_subjects'
import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import AuditEvent from '#audit/models/audit_event'
import type { AuditAction } from '#audit/audit_actions'
import { requestOrigin } from '#audit/request_origin'
import { csvLine } from '#core/csv'

/** Who acted, as they were when they did (null for the system). */
export interface AuditActor {
  id: number
  role: string
  name: string | null
}

export interface AuditEntry {
  action: AuditAction
  actor: AuditActor | null
  /** `name`: what people call it now (a person's name, an order's `orderName`), kept as it was. */
  subject: { type: AuditSubjectType; id: string | number; name?: string | null }
  reason?: string | null
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
}

export interface AuditFilters {
  action?: AuditAction
  actorId?: number
  subjectType?: AuditSubjectType
  subjectId?: string
  /** Words found in the actor's name, the subject's name or id, or the reason. */
  q?: string
  from?: Date
  to?: Date
}

export const AUDIT_CSV_COLUMNS = [
  'id',
  'occurredAt',
  'actorId',
  'actorRole',
  'actorName',
  'ip',
  'action',
  'subjectType',
  'subjectId',
  'subjectName',
  'reason',
  'before',
  'after',
] as const

const EXPORT_BATCH = 500

/**
 * The audit log: capabilities record their sensitive actions here, inside
 * the transaction of the action itself (so an action that rolls back leaves
 * no row and one that commits leaves exactly one); operators search and
 * export it. Rows are never changed (the database refuses).
 */
export default class AuditService {
  async record(entry: AuditEntry, client?: QueryClientContract): Promise<AuditEvent> {
    return AuditEvent.create(
      {
        occurredAt: DateTime.now(),
        actorId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? null,
        actorName: entry.actor?.name ?? null,
        ip: requestOrigin.getStore()?.ip ?? null,
        action: entry.action,
        subjectType: entry.subject.type,
        subjectId: String(entry.subject.id),
        subjectName: entry.subject.name?.slice(0, 300) ?? null,
        reason: entry.reason ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
      },
      { client }
    )
  }

  /** Newest first. */
  search(filters: AuditFilters, page: number, perPage: number) {
    return this.#query(filters).orderBy('id', 'desc').paginate(page, perPage)
  }

  /**
   * The CSV export, newest first, read in batches so a long log never sits
   * in memory; `namesNow` names the subjects of a batch's rows that kept none.
   */
  async *csv(
    filters: AuditFilters,
    namesNow: (events: AuditEvent[]) => Promise<Map<number, string>> = async () => new Map()
  ): AsyncGenerator<string> {
    yield csvLine([...AUDIT_CSV_COLUMNS]) + '\r\n'
    let before: number | undefined
    while (true) {
      const query = this.#query(filters).orderBy('id', 'desc').limit(EXPORT_BATCH)
      if (before !== undefined) query.where('id', '<', before)
      const rows = await query
      const names = await namesNow(rows)
      for (const row of rows) {
        yield (
          csvLine([
            row.id,
            row.occurredAt.toUTC().toISO(),
            row.actorId,
            row.actorRole,
            row.actorName,
            row.ip,
            row.action,
            row.subjectType,
            row.subjectId,
            row.subjectName ?? names.get(row.id) ?? null,
            row.reason,
            row.before ? JSON.stringify(row.before) : null,
            row.after ? JSON.stringify(row.after) : null,
          ]) + '\r\n'
        )
      }
      if (rows.length < EXPORT_BATCH) return
      before = rows[rows.length - 1].id
    }
  }

  #query(filters: AuditFilters): ModelQueryBuilderContract<typeof AuditEvent> {
    const query = AuditEvent.query()
    if (filters.action) query.where('action', filters.action)
    if (filters.actorId) query.where('actor_id', filters.actorId)
    if (filters.subjectType) query.where('subject_type', filters.subjectType)
    if (filters.subjectId) query.where('subject_id', filters.subjectId)
    if (filters.from) query.where('occurred_at', '>=', filters.from)
    if (filters.to) query.where('occurred_at', '<', filters.to)
    if (filters.q) {
      const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      query.where((words) =>
        words
          .whereILike('actor_name', like)
          .orWhereILike('subject_name', like)
          .orWhereILike('reason', like)
          .orWhere('subject_id', filters.q!)
      )
    }
    return query
  }
}
