import vine from '@vinejs/vine'
import { id, perPage, textId, textNumber } from '#core/validators/rules/number'
import { amount } from '#orders/validators/bid'

/** Assign (or reassign before pickup) to a driver and vehicle of one carrier. */
export const assignValidator = vine.create({
  params: vine.object({ id: textId() }),
  driverId: id(),
  vehicleId: id(),
  /** The price agreed with the carrier, minor units: needed when the order has none (open to bids). */
  priceAmount: amount().optional(),
})

export const suggestionsValidator = vine.create({
  params: vine.object({ id: textId() }),
  radiusKm: textNumber().min(1).max(2000).optional(),
  limit: perPage(50).optional(),
})
