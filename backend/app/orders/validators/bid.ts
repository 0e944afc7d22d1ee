import vine from '@vinejs/vine'
import { CURRENCIES } from '#orders/models/order'
import { BID_STATUSES } from '#orders/models/bid'
import { isoDateTime } from '#core/contract/json_schema'

const id = () => vine.number().positive().withoutDecimals()

/**
 * `amount` in the minor unit of `currency`, which must be the order's.
 * `driverId` defaults to the bidding driver, or to the vehicle's driver.
 */
export const createBidValidator = vine.create({
  params: vine.object({ id: id() }),
  amount: vine.number().withoutDecimals().min(1).max(1e12),
  currency: vine.enum(CURRENCIES),
  vehicleId: id(),
  driverId: id().optional(),
  estimatedPickupAt: vine.date({ formats: ['iso8601'] }).use(isoDateTime()),
  note: vine.string().trim().maxLength(1000).optional(),
})

export const updateBidValidator = vine.create({
  params: vine.object({ id: id(), bidId: id() }),
  amount: vine.number().withoutDecimals().min(1).max(1e12).optional(),
  currency: vine.enum(CURRENCIES).optional(),
  vehicleId: id().optional(),
  driverId: id().optional(),
  estimatedPickupAt: vine
    .date({ formats: ['iso8601'] })
    .use(isoDateTime())
    .optional(),
  note: vine.string().trim().maxLength(1000).nullable().optional(),
})

/** A carrier's own bids across orders. */
export const listOwnBidsValidator = vine.create({
  status: vine.enum(BID_STATUSES).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(100).optional(),
})

export const bidIdValidator = vine.create({ params: vine.object({ id: id(), bidId: id() }) })

export const acceptBidValidator = vine.create({
  params: vine.object({ id: id() }),
  bidId: id(),
})
