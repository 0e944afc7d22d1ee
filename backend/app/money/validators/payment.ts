import vine from '@vinejs/vine'
import { PAYMENT_PROVIDERS } from '#money/payment_providers'
import { page, perPage, textId } from '#core/validators/rules/number'
import { textBoolean } from '#core/validators/rules/boolean'
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

/** The console's pending pay-ins: `stuck=true` for those reconciliation already asks about. */
export const listPendingPaymentsValidator = vine.create({
  stuck: textBoolean().optional(),
  page: page().optional(),
  perPage: perPage(100).optional(),
})

/** What reconciliation found, newest first: `unsettled=true` for what it could not settle. */
export const listReconciliationsValidator = vine.create({
  unsettled: textBoolean().optional(),
  paymentId: textId().optional(),
  page: page().optional(),
  perPage: perPage(100).optional(),
})

/** An operator acts on a pending pay-in, and says why (the audit log keeps it). */
export const paymentActionValidator = vine.create({
  params: vine.object({ id: textId() }),
  reason: text({ min: 3, max: 300 }),
})
