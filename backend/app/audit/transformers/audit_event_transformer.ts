import type AuditEvent from '#audit/models/audit_event'
import { AUDIT_ACTIONS } from '#audit/audit_actions'
import { AUDIT_SUBJECT_TYPES } from '#audit/audit_subjects'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

const state = z.record(z.string(), z.unknown()).nullable()

export const auditEventSchema = named(
  'AuditEvent',
  z.object({
    id: id(),
    occurredAt: isoDateTime(),
    actor: z
      .object({ id: id(), role: z.string().nullable(), name: z.string().nullable() })
      .nullable()
      .meta({ description: 'Who acted, as they were then; null for the system' }),
    ip: z.string().nullable().meta({ description: 'Where the request came from' }),
    action: named('AuditAction', z.enum(AUDIT_ACTIONS)),
    subject: z.object({
      type: named('AuditSubjectType', z.enum(AUDIT_SUBJECT_TYPES)),
      id: z.string(),
      name: z.string().nullable().meta({
        description:
          'What people call it, as it was then (a name, an order by cargo and places); for a row recorded without one, what it is called now',
      }),
    }),
    reason: z.string().nullable(),
    before: state,
    after: state,
  })
)

/** An audit row on the wire. */
export default class AuditEventTransformer {
  /** `nameNow`: the subject's name today, for a row that kept none (AuditSubjectNames). */
  static toJSON(
    event: AuditEvent,
    nameNow: string | null = null
  ): z.infer<typeof auditEventSchema> {
    return {
      id: event.id,
      occurredAt: toIso(event.occurredAt),
      actor:
        event.actorId === null
          ? null
          : { id: event.actorId, role: event.actorRole, name: event.actorName },
      ip: event.ip,
      action: event.action,
      subject: {
        type: event.subjectType,
        id: event.subjectId,
        name: event.subjectName ?? nameNow,
      },
      reason: event.reason,
      before: event.before,
      after: event.after,
    }
  }
}
