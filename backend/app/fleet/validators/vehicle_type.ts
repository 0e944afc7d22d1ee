import vine from '@vinejs/vine'
import { VEHICLE_BODIES } from '#fleet/models/vehicle_type'

const fields = {
  name: vine.string().trim().minLength(2).maxLength(80),
  body: vine.enum(VEHICLE_BODIES),
  capacityKg: vine.number().withoutDecimals().min(1).max(100_000),
  capacityM3: vine.number().decimal([0, 2]).min(0.01).max(500),
}

export const createVehicleTypeValidator = vine.create({
  code: vine
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_]{2,40}$/),
  ...fields,
})

export const updateVehicleTypeValidator = vine.create({
  params: vine.object({ id: vine.number().positive().withoutDecimals() }),
  name: fields.name.clone().optional(),
  body: fields.body.clone().optional(),
  capacityKg: fields.capacityKg.clone().optional(),
  capacityM3: fields.capacityM3.clone().optional(),
})
