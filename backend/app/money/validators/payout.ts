import vine from '@vinejs/vine'
import { PAYOUT_KINDS, PAYOUT_STATUSES } from '#money/models/payout'

const id = () => vine.number().positive().withoutDecimals()
/** An operator says why (the audit log keeps it). */
const reason = () => vine.string().trim().minLength(3).maxLength(300)

/** Daraja's B2C callbacks: which one, and the secret token of the payout's URLs. */
export const b2cCallbackValidator = vine.create({
  params: vine.object({
    which: vine.enum(['result', 'timeout'] as const),
    token: vine.string().regex(/^[A-Za-z0-9_-]{20,64}$/),
  }),
})

export const listPayoutsValidator = vine.create({
  status: vine.enum(PAYOUT_STATUSES).optional(),
  kind: vine.enum(PAYOUT_KINDS).optional(),
  /** Sent longer ago than PAYOUT_STUCK_AFTER_MINUTES with no result, or failed: what needs an operator. */
  attention: vine.boolean().optional(),
  orderId: id().optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(100).optional(),
})

export const payoutActionValidator = vine.create({
  params: vine.object({ id: id() }),
  reason: reason(),
})

export const payoutSwitchValidator = vine.create({
  paused: vine.boolean(),
  reason: reason(),
})

/** A refund of a paid order to its payer: the whole escrow unless `amount` (minor units) says less. */
export const refundValidator = vine.create({
  params: vine.object({ id: id() }),
  amount: vine.number().withoutDecimals().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  /** The caller's key: sending the same refund again (a retry, a double click) refunds once. */
  key: vine
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,64}$/),
  reason: reason(),
})
