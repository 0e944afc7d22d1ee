import type { OpenApiFragment } from '#core/openapi/fragment'
import { error, json, pageMeta, ref, unauthorized } from '#core/openapi/shared'
import { AUDIT_ACTIONS } from '#audit/audit_actions'
import { AUDIT_CSV_COLUMNS } from '#audit/services/audit_service'

const bearer = [{ bearerAuth: [] }]
const filters = [
  { name: 'action', in: 'query', schema: { type: 'string', enum: [...AUDIT_ACTIONS] } },
  { name: 'actorId', in: 'query', schema: { type: 'integer', minimum: 1 } },
  {
    name: 'subjectType',
    in: 'query',
    schema: { type: 'string', maxLength: 40, example: 'user' },
    description: 'user, document, order, audit, ...',
  },
  { name: 'subjectId', in: 'query', schema: { type: 'string', maxLength: 60 } },
  {
    name: 'q',
    in: 'query',
    schema: { type: 'string', maxLength: 100 },
    description: "Words in the actor's name or the reason (any case), or a subject id",
  },
  { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } },
  {
    name: 'to',
    in: 'query',
    schema: { type: 'string', format: 'date-time' },
    description: 'Exclusive',
  },
]
const refusals = {
  401: unauthorized,
  403: error('E_AUTHORIZATION_FAILURE: only admins read the audit log'),
  422: error('E_VALIDATION: an unknown action, a malformed date or number (`field` names it)'),
}

export const auditOpenApi: OpenApiFragment = {
  tags: [
    {
      name: 'audit',
      description:
        'Every sensitive action, by operators (papers verified or rejected, disputes resolved, accounts created, changed, suspended or reinstated, phones revealed, exports) and by the system, recorded once in the transaction of the action; the database refuses to update, delete or truncate it.',
    },
  ],
  paths: {
    '/api/v1/admin/audit-events': {
      get: {
        tags: ['audit'],
        summary: 'Search the audit log, newest first (admins)',
        security: bearer,
        parameters: [
          ...filters,
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          {
            name: 'perPage',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
          },
        ],
        responses: {
          200: {
            description: 'A page of audit events',
            ...json({
              type: 'object',
              required: ['data', 'meta'],
              properties: { data: { type: 'array', items: ref('AuditEvent') }, meta: pageMeta },
            }),
          },
          ...refusals,
        },
      },
    },
    '/api/v1/admin/audit-events/export': {
      get: {
        tags: ['audit'],
        summary: 'The audit log as CSV, newest first (admins; the export is itself recorded)',
        security: bearer,
        parameters: filters,
        responses: {
          200: {
            description: `RFC 4180 CSV with a header line: ${AUDIT_CSV_COLUMNS.join(', ')} (before and after as JSON)`,
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          ...refusals,
        },
      },
    },
  },
  schemas: {
    AuditEvent: {
      type: 'object',
      required: [
        'id',
        'occurredAt',
        'actor',
        'ip',
        'action',
        'subject',
        'reason',
        'before',
        'after',
      ],
      properties: {
        id: { type: 'integer' },
        occurredAt: { type: 'string', format: 'date-time' },
        actor: {
          type: ['object', 'null'],
          description: 'Who acted, as they were then; null for the system',
          properties: {
            id: { type: 'integer' },
            role: { type: 'string' },
            name: { type: ['string', 'null'] },
          },
        },
        ip: { type: ['string', 'null'], description: 'Where the request came from' },
        action: { type: 'string', enum: [...AUDIT_ACTIONS] },
        subject: {
          type: 'object',
          properties: { type: { type: 'string' }, id: { type: 'string' } },
        },
        reason: { type: ['string', 'null'] },
        before: { type: ['object', 'null'] },
        after: { type: ['object', 'null'] },
      },
    },
  },
}
