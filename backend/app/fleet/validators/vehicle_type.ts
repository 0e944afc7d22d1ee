import vine from '@vinejs/vine'
import { VEHICLE_BODIES } from '#fleet/models/vehicle_type'
import { number, textId } from '#core/validators/rules/number'
import { text } from '#core/validators/rules/text'

const fields = {
  name: text({ min: 2, max: 80 }),
  body: vine.enum(VEHICLE_BODIES),
  capacityKg: number().withoutDecimals().min(1).max(100_000),
  capacityM3: number().decimal([0, 2]).min(0.01).max(500),
}

export const createVehicleTypeValidator = vine.create({
  code: text({ max: 40 })
    .toLowerCase()
    .regex(/^[a-z0-9_]{2,40}$/),
  ...fields,
})

export const updateVehicleTypeValidator = vine.create({
  params: vine.object({ id: textId() }),
  name: fields.name.clone().optional(),
  body: fields.body.clone().optional(),
  capacityKg: fields.capacityKg.clone().optional(),
  capacityM3: fields.capacityM3.clone().optional(),
})
