import vine from '@vinejs/vine'
import { ROLES } from '#accounts/models/user'
import { LOCALES } from '#core/locales'
import { phone } from '#core/validators/rules/phone'

export const listUsersValidator = vine.create({
  role: vine.enum(ROLES).optional(),
  q: vine.string().trim().minLength(1).maxLength(60).optional(),
  organisationId: vine.number().positive().withoutDecimals().optional(),
  suspended: vine.boolean().optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(100).optional(),
})

export const createUserValidator = vine.create({
  phone: phone(),
  name: vine.string().trim().minLength(1).maxLength(120),
  role: vine.enum(ROLES),
  locale: vine.enum(LOCALES).optional(),
  organisationId: vine.number().positive().withoutDecimals().optional(),
})

export const updateUserValidator = vine.create({
  params: vine.object({ id: vine.number().positive().withoutDecimals() }),
  name: vine.string().trim().minLength(1).maxLength(120).optional(),
  role: vine.enum(ROLES).optional(),
  locale: vine.enum(LOCALES).optional(),
  organisationId: vine.number().positive().withoutDecimals().nullable().optional(),
})

/** Suspending, reinstating and revealing a phone say why (the audit log keeps it). */
export const userActionValidator = vine.create({
  params: vine.object({ id: vine.number().positive().withoutDecimals() }),
  reason: vine.string().trim().minLength(3).maxLength(500),
})
