import vine from '@vinejs/vine'
import { PAYOUT_RAILS } from '#money/models/payout_rail'

/** How the carrier wants to be paid. */
export const payoutRailValidator = vine.create({
  rail: vine.enum(PAYOUT_RAILS),
})
