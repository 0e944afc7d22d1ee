import vine from '@vinejs/vine'
import accountsConfig from '#config/accounts'
import { phone } from '#core/validators/rules/phone'

export const createOrganisationValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(160),
  country: vine.enum(accountsConfig.countries),
})

/** Whether the role fits the organisation's kind is checked by the service. */
export const addMemberValidator = vine.create({
  phone: phone(),
  role: vine.enum(['driver', 'dispatcher', 'shipper', 'clerk', 'grader'] as const),
  name: vine.string().trim().minLength(1).maxLength(120).optional(),
})

export const organisationIdValidator = vine.create({
  params: vine.object({ id: vine.number().positive().withoutDecimals() }),
})

export const memberParamsValidator = vine.create({
  params: vine.object({
    id: vine.number().positive().withoutDecimals(),
    userId: vine.number().positive().withoutDecimals(),
  }),
})

export const invitationIdValidator = vine.create({
  params: vine.object({ id: vine.number().positive().withoutDecimals() }),
})

/** Africa's Talking's incoming message callback (form-encoded); other fields are ignored. */
export const inboundSmsValidator = vine.create({
  from: vine.string().trim().maxLength(32),
  text: vine.string().maxLength(1600),
})
