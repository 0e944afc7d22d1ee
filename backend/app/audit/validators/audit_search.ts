import vine from '@vinejs/vine'
import { AUDIT_ACTIONS } from '#audit/audit_actions'
import { AUDIT_SUBJECT_TYPES } from '#audit/audit_subjects'
import { page, perPage, textId } from '#core/validators/rules/number'
import { dateTime } from '#core/validators/rules/date'
import { text } from '#core/validators/rules/text'

const filters = {
  action: vine.enum(AUDIT_ACTIONS).optional(),
  actorId: textId().optional(),
  subjectType: vine.enum(AUDIT_SUBJECT_TYPES).optional(),
  subjectId: text({ min: 1, max: 60 }).optional(),
  q: text({ min: 1, max: 100 }).optional(),
  from: dateTime().optional(),
  to: dateTime().optional(),
}

export const auditSearchValidator = vine.create({
  ...filters,
  page: page().optional(),
  perPage: perPage(100).optional(),
})

export const auditExportValidator = vine.create(filters)
