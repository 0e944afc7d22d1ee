import vine from '@vinejs/vine'
import { AUDIT_ACTIONS } from '#audit/audit_actions'
import { isoDateTime } from '#core/contract/json_schema'

const filters = {
  action: vine.enum(AUDIT_ACTIONS).optional(),
  actorId: vine.number().positive().withoutDecimals().optional(),
  subjectType: vine.string().trim().minLength(1).maxLength(40).optional(),
  subjectId: vine.string().trim().minLength(1).maxLength(60).optional(),
  q: vine.string().trim().minLength(1).maxLength(100).optional(),
  from: vine
    .date({ formats: { utc: true } })
    .use(isoDateTime())
    .optional(),
  to: vine
    .date({ formats: { utc: true } })
    .use(isoDateTime())
    .optional(),
}

export const auditSearchValidator = vine.create({
  ...filters,
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(100).optional(),
})

export const auditExportValidator = vine.create(filters)
