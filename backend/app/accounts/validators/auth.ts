import vine from '@vinejs/vine'
import { LOCALES } from '#core/locales'
import { phone } from '#core/validators/rules/phone'
import { text } from '#core/validators/rules/text'
import { fileSchema } from '#core/contract/json_schema'
import accountsConfig from '#config/accounts'

/** The language the person reads the sign-in screen in: their code SMS, and a new account, use it. */
const screenLocale = () => vine.enum(LOCALES).optional()

export const otpRequestValidator = vine.create({
  phone: phone(),
  locale: screenLocale(),
})

/** Only shipper and driver can be chosen at sign-up; dispatchers and admins are made by an admin. */
export const otpVerifyValidator = vine.create({
  phone: phone(),
  code: text({ max: 6 }).regex(/^\d{6}$/),
  name: text({ min: 1, max: 120 }).optional(),
  role: vine.enum(['shipper', 'driver'] as const).optional(),
  locale: screenLocale(),
})

export const updateProfileValidator = vine.create({
  name: text({ min: 1, max: 120 }).optional(),
  locale: vine.enum(LOCALES).optional(),
})

/** Multipart: `photo`, an image of the person (the bytes are checked again by the upload service). */
export const profilePhotoValidator = vine.create({
  photo: vine
    .file({ size: accountsConfig.photo.maxSize, extnames: accountsConfig.photo.extnames })
    .use(fileSchema()),
})
