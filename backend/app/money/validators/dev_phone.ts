import vine from '@vinejs/vine'
import { phone } from '#core/validators/rules/phone'
import { token } from '#core/validators/rules/text'
import { textId } from '#core/validators/rules/number'
import { CHECKOUT_ANSWERS, PHONE_ANSWERS } from '#money/providers/simulated_phone'

export const devPhoneQueryValidator = vine.create({
  phone: phone(),
})

export const devPhoneAnswerValidator = vine.create({
  params: vine.object({ ref: token({ max: 100 }) }),
  answer: vine.enum(PHONE_ANSWERS),
})

export const devCheckoutValidator = vine.create({
  params: vine.object({ ref: token({ max: 100 }) }),
})

export const devCheckoutAnswerValidator = vine.create({
  params: vine.object({ ref: token({ max: 100 }) }),
  answer: vine.enum(CHECKOUT_ANSWERS),
})

export const devPhoneOfPaymentValidator = vine.create({
  params: vine.object({ id: textId() }),
})
