import vine from '@vinejs/vine'
import { DISPUTE_DECISIONS, DISPUTE_STATUSES } from '#orders/models/dispute'
import { number, page, perPage, textId } from '#core/validators/rules/number'
import { text } from '#core/validators/rules/text'

export const disputeIdValidator = vine.create({ params: vine.object({ id: textId() }) })

export const listDisputesValidator = vine.create({
  status: vine.enum(DISPUTE_STATUSES).optional(),
  page: page().optional(),
  perPage: perPage(100).optional(),
})

/**
 * Who gets the escrow, and why (the parties read the note). A split names
 * the carrier's share in minor units of the order's currency; the rest is
 * refunded.
 */
export const disputeDecisionValidator = vine.create({
  params: vine.object({ id: textId() }),
  decision: vine.enum(DISPUTE_DECISIONS),
  carrierAmount: number()
    .withoutDecimals()
    .positive()
    .optional()
    .requiredWhen('decision', '=', 'split'),
  note: text({ min: 3, max: 2000 }),
})
