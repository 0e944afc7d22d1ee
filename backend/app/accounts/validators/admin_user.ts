import vine from '@vinejs/vine'
import { ROLES } from '#accounts/models/user'
import { LOCALES } from '#core/locales'
import { phone } from '#core/validators/rules/phone'
import { id, page, perPage, textId } from '#core/validators/rules/number'
import { text } from '#core/validators/rules/text'
import { textBoolean } from '#core/validators/rules/boolean'

export const listUsersValidator = vine.create({
  role: vine.enum(ROLES).optional(),
  q: text({ min: 1, max: 60 }).optional(),
  organisationId: textId().optional(),
  suspended: textBoolean().optional(),
  page: page().optional(),
  perPage: perPage(100).optional(),
})

export const createUserValidator = vine.create({
  phone: phone(),
  name: text({ min: 1, max: 120 }),
  role: vine.enum(ROLES),
  locale: vine.enum(LOCALES).optional(),
  organisationId: id().optional(),
})

export const updateUserValidator = vine.create({
  params: vine.object({ id: textId() }),
  name: text({ min: 1, max: 120 }).optional(),
  role: vine.enum(ROLES).optional(),
  locale: vine.enum(LOCALES).optional(),
  organisationId: id().nullable().optional(),
})

/** Suspending, reinstating and revealing a phone say why (the audit log keeps it). */
export const userIdValidator = vine.create({
  params: vine.object({ id: textId() }),
})

export const userActionValidator = vine.create({
  params: vine.object({ id: textId() }),
  reason: text({ min: 3, max: 500 }),
})
