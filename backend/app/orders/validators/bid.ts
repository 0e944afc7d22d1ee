import vine from '@vinejs/vine'
import { CURRENCIES } from '#orders/models/order'
import { BID_STATUSES } from '#orders/models/bid'
import { id, number, page, perPage, textId, textNumber } from '#core/validators/rules/number'
import { dateTime } from '#core/validators/rules/date'
import { text } from '#core/validators/rules/text'

const MAX_AMOUNT = 1e12

/** An amount of money in the minor unit of the order's currency (bids, an agreed price). */
export const amount = () => number().withoutDecimals().min(1).max(MAX_AMOUNT)

/** `amount` as a query string writes it (a price being typed). */
export const textAmount = () => textNumber().withoutDecimals().min(1).max(MAX_AMOUNT)

/**
 * `amount` in the minor unit of `currency`, which must be the order's.
 * `driverId` defaults to the bidding driver, or to the vehicle's driver.
 */
export const createBidValidator = vine.create({
  params: vine.object({ id: textId() }),
  amount: amount(),
  currency: vine.enum(CURRENCIES),
  vehicleId: id(),
  driverId: id().optional(),
  estimatedPickupAt: dateTime(),
  note: text({ max: 1000 }).optional(),
})

export const updateBidValidator = vine.create({
  params: vine.object({ id: textId(), bidId: textId() }),
  amount: amount().optional(),
  currency: vine.enum(CURRENCIES).optional(),
  vehicleId: id().optional(),
  driverId: id().optional(),
  estimatedPickupAt: dateTime().optional(),
  note: text({ max: 1000 }).nullable().optional(),
})

/** A carrier's own bids across orders. */
export const listOwnBidsValidator = vine.create({
  status: vine.enum(BID_STATUSES).optional(),
  page: page().optional(),
  perPage: perPage(100).optional(),
})

export const bidIdValidator = vine.create({
  params: vine.object({ id: textId(), bidId: textId() }),
})

export const acceptBidValidator = vine.create({
  params: vine.object({ id: textId() }),
  bidId: id(),
})
