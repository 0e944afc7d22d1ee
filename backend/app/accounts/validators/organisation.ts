import { MEMBER_ROLES } from '#accounts/membership_rules'
import vine from '@vinejs/vine'
import accountsConfig from '#config/accounts'
import { phone } from '#core/validators/rules/phone'
import { textId } from '#core/validators/rules/number'
import { text, token } from '#core/validators/rules/text'

export const createOrganisationValidator = vine.create({
  name: text({ min: 2, max: 160 }),
  country: vine.enum(accountsConfig.countries),
})

/** Whether the role fits the organisation's kind is checked by the service. */
export const addMemberValidator = vine.create({
  phone: phone(),
  role: vine.enum(MEMBER_ROLES),
  name: text({ min: 1, max: 120 }).optional(),
})

export const organisationIdValidator = vine.create({
  params: vine.object({ id: textId() }),
})

export const memberParamsValidator = vine.create({
  params: vine.object({ id: textId(), userId: textId() }),
})

export const invitationIdValidator = vine.create({
  params: vine.object({ id: textId() }),
})

/** Africa's Talking's incoming message callback (form-encoded); other fields are ignored. */
export const inboundSmsValidator = vine.create({
  from: text({ max: 32 }),
  text: token({ max: 1600 }),
})
