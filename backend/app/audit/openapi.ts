import type { ApiDescription } from '#core/contract/api_description'
import { pageSchema } from '#core/contract/response_schema'
import { unauthorized } from '#core/contract/words'
import { auditEventSchema } from '#audit/transformers/audit_event_transformer'
import { AUDIT_CSV_COLUMNS } from '#audit/services/audit_service'
import { auditExportValidator, auditSearchValidator } from '#audit/validators/audit_search'

const filters =
  '`subjectType`: one of AuditSubjectType; `q`: words in the actor’s name or the reason (any case), or a subject id; `to` is exclusive.'
const refusals = {
  401: unauthorized,
  403: 'E_AUTHORIZATION_FAILURE: only admins read the audit log',
  422: 'E_VALIDATION: an unknown action or subject type, a malformed date or number (`field` names it)',
}

export const auditApi: ApiDescription = {
  tag: {
    name: 'audit',
    description:
      'Every sensitive action, by operators (papers verified or rejected, disputes resolved, accounts created, changed, suspended or reinstated, phones revealed, exports) and by the system, recorded once in the transaction of the action; the database refuses to update, delete or truncate it.',
  },
  operations: {
    'GET /api/v1/admin/audit-events': {
      summary: 'Search the audit log, newest first (admins)',
      description: `${filters} 50 a page unless \`perPage\` says otherwise.`,
      request: auditSearchValidator,
      responses: {
        200: { description: 'A page of audit events', body: pageSchema(auditEventSchema) },
        ...refusals,
      },
    },
    'GET /api/v1/admin/audit-events/export': {
      summary: 'The audit log as CSV, newest first (admins; the export is itself recorded)',
      description: filters,
      request: auditExportValidator,
      responses: {
        200: {
          description: `RFC 4180 CSV with a header line: ${AUDIT_CSV_COLUMNS.join(', ')} (before and after as JSON)`,
          content: { 'text/csv': { type: 'string' } },
        },
        ...refusals,
      },
    },
  },
}
