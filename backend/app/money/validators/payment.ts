import vine from '@vinejs/vine'
import { PAYMENT_PROVIDERS } from '#money/payment_providers'
import { textId } from '#core/validators/rules/number'
import { text, token } from '#core/validators/rules/text'

export const orderPaymentsValidator = vine.create({
  params: vine.object({ id: textId() }),
})

/** Pay an order: the provider, and the phone to prompt (the profile's when absent; read in the order's country). */
export const startPaymentValidator = vine.create({
  params: vine.object({ id: textId() }),
  provider: vine.enum(Object.keys(PAYMENT_PROVIDERS) as (keyof typeof PAYMENT_PROVIDERS)[]),
  phone: text({ min: 6, max: 32 }).optional(),
})

/** The secret token of a callback URL. */
export const callbackTokenValidator = vine.create({
  params: vine.object({ token: token({ max: 64 }).regex(/^[A-Za-z0-9_-]{20,64}$/) }),
})
