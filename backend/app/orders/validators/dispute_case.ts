import vine from '@vinejs/vine'
import { DISPUTE_DECISIONS, DISPUTE_STATUSES } from '#orders/models/dispute'

const id = () => vine.number().positive().withoutDecimals()

export const disputeIdValidator = vine.create({ params: vine.object({ id: id() }) })

export const listDisputesValidator = vine.create({
  status: vine.enum(DISPUTE_STATUSES).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(100).optional(),
})

/**
 * Who gets the escrow, and why (the parties read the note). A split names
 * the carrier's share in minor units of the order's currency; the rest is
 * refunded.
 */
export const disputeDecisionValidator = vine.create({
  params: vine.object({ id: id() }),
  decision: vine.enum(DISPUTE_DECISIONS),
  carrierAmount: vine
    .number()
    .withoutDecimals()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .requiredWhen('decision', '=', 'split'),
  note: vine.string().trim().minLength(3).maxLength(2000),
})
