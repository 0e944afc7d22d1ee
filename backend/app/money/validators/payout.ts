import vine from '@vinejs/vine'
import { PAYOUT_KINDS, PAYOUT_STATUSES } from '#money/models/payout'
import { PAYOUT_CALLBACK_KINDS } from '#money/payout_rules'
import { number, page, perPage, textId } from '#core/validators/rules/number'
import { text, token } from '#core/validators/rules/text'
import { boolean, textBoolean } from '#core/validators/rules/boolean'

/** An operator says why (the audit log keeps it). */
const reason = () => text({ min: 3, max: 300 })

/** Daraja's B2C callbacks: which one, and the secret token of the payout's URLs. */
export const b2cCallbackValidator = vine.create({
  params: vine.object({
    which: vine.enum(PAYOUT_CALLBACK_KINDS),
    token: token({ max: 64 }).regex(/^[A-Za-z0-9_-]{20,64}$/),
  }),
})

export const listPayoutsValidator = vine.create({
  status: vine.enum(PAYOUT_STATUSES).optional(),
  kind: vine.enum(PAYOUT_KINDS).optional(),
  /** Sent longer ago than PAYOUT_STUCK_AFTER_MINUTES with no result, or failed: what needs an operator. */
  attention: textBoolean().optional(),
  orderId: textId().optional(),
  page: page().optional(),
  perPage: perPage(100).optional(),
})

export const payoutActionValidator = vine.create({
  params: vine.object({ id: textId() }),
  reason: reason(),
})

/** An operator who checked with the provider that the payout arrived: its receipt. */
export const markPayoutSentValidator = vine.create({
  params: vine.object({ id: textId() }),
  receipt: text({ min: 4, max: 40 }).regex(/^[A-Za-z0-9-]+$/),
  reason: reason(),
})

/** A refund returned to the payer outside Njia: the reason, and the transfer's reference when there is one. */
export const refundedByHandValidator = vine.create({
  params: vine.object({ id: textId() }),
  receipt: text({ min: 4, max: 40 })
    .regex(/^[A-Za-z0-9-]+$/)
    .optional(),
  reason: reason(),
})

export const payoutSwitchValidator = vine.create({
  paused: boolean(),
  reason: reason(),
})

/** A refund of a paid order to its payer: the whole escrow unless `amount` (minor units) says less. */
export const refundValidator = vine.create({
  params: vine.object({ id: textId() }),
  amount: number().withoutDecimals().positive().optional(),
  /** The caller's key: sending the same refund again (a retry, a double click) refunds once. */
  key: text({ max: 64 }).regex(/^[A-Za-z0-9_-]{8,64}$/),
  reason: reason(),
})
