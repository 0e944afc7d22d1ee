import vine from '@vinejs/vine'

const id = () => vine.number().positive().withoutDecimals()

/** Assign (or reassign before pickup) to a driver and vehicle of one carrier. */
export const assignValidator = vine.create({
  params: vine.object({ id: id() }),
  driverId: id(),
  vehicleId: id(),
})

export const suggestionsValidator = vine.create({
  params: vine.object({ id: id() }),
  radiusKm: vine.number().min(1).max(2000).optional(),
  limit: vine.number().withoutDecimals().min(1).max(50).optional(),
})
