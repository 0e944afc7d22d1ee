import vine from '@vinejs/vine'
import { phone } from '#core/validators/rules/phone'
import { text } from '#core/validators/rules/text'
import { textId } from '#core/validators/rules/number'

/** The number the carrier wants to be paid on (read in the owner's country when typed without +). */
export const payoutNumberRequestValidator = vine.create({
  phone: phone(),
})

/** The code texted to that number. */
export const payoutNumberConfirmValidator = vine.create({
  code: text({ max: 6 }).regex(/^\d{6}$/),
})

export const payoutNumberAlertValidator = vine.create({
  params: vine.object({ id: textId() }),
})
