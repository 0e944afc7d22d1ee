import vine from '@vinejs/vine'
import { PAYMENT_PROVIDERS } from '#money/payment_providers'

const id = () => vine.number().positive().withoutDecimals()

export const orderPaymentsValidator = vine.create({
  params: vine.object({ id: id() }),
})

/** Pay an order: the provider, and the phone to prompt (the profile's when absent; read in the order's country). */
export const startPaymentValidator = vine.create({
  params: vine.object({ id: id() }),
  provider: vine.enum(Object.keys(PAYMENT_PROVIDERS) as (keyof typeof PAYMENT_PROVIDERS)[]),
  phone: vine.string().trim().minLength(6).maxLength(32).optional(),
})

/** The secret token of a callback URL. */
export const callbackTokenValidator = vine.create({
  params: vine.object({ token: vine.string().regex(/^[A-Za-z0-9_-]{20,64}$/) }),
})
