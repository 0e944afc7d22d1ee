import vine from '@vinejs/vine'
import { id, perPage, textId, textNumber } from '#core/validators/rules/number'

/** Assign (or reassign before pickup) to a driver and vehicle of one carrier. */
export const assignValidator = vine.create({
  params: vine.object({ id: textId() }),
  driverId: id(),
  vehicleId: id(),
})

export const suggestionsValidator = vine.create({
  params: vine.object({ id: textId() }),
  radiusKm: textNumber().min(1).max(2000).optional(),
  limit: perPage(50).optional(),
})
