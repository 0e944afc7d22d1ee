import vine from '@vinejs/vine'
import { VEHICLE_BODIES } from '#fleet/models/vehicle_type'
import { number, textId } from '#core/validators/rules/number'
import { text } from '#core/validators/rules/text'

/** The name in French and Swahili (`name` is the English one). */
const names = () =>
  vine.object({
    fr: text({ min: 2, max: 80 }).optional(),
    sw: text({ min: 2, max: 80 }).optional(),
  })

const fields = {
  name: text({ min: 2, max: 80 }),
  names: names().optional(),
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
  names: names().optional(),
  body: fields.body.clone().optional(),
  capacityKg: fields.capacityKg.clone().optional(),
  capacityM3: fields.capacityM3.clone().optional(),
})
