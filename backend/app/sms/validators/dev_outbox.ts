import vine from '@vinejs/vine'
import { phone } from '#core/validators/rules/phone'

export const outboxQueryValidator = vine.create({
  to: phone().optional(),
})
