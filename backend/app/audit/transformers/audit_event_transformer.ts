import type AuditEvent from '#audit/models/audit_event'

/** An audit row on the wire: { id, occurredAt, actor: {id, role, name} | null, ip, action, subject: {type, id}, reason, before, after }. */
export default class AuditEventTransformer {
  static toJSON(event: AuditEvent) {
    return {
      id: event.id,
      occurredAt: event.occurredAt.toISO(),
      actor:
        event.actorId === null
          ? null
          : { id: event.actorId, role: event.actorRole, name: event.actorName },
      ip: event.ip,
      action: event.action,
      subject: { type: event.subjectType, id: event.subjectId },
      reason: event.reason,
      before: event.before,
      after: event.after,
    }
  }
}
