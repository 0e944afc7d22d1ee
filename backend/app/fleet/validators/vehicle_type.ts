import vine from '@vinejs/vine'
import { VEHICLE_BODIES } from '#fleet/models/vehicle_type'
import { number, textId } from '#core/validators/rules/number'
import { text } from '#core/validators/rules/text'
import accountsConfig from '#config/accounts'

/** The name in French and Swahili (`name` is the English one). */
const names = () =>
  vine.object({
    fr: text({ min: 2, max: 80 }).optional(),
    sw: text({ min: 2, max: 80 }).optional(),
  })

/** The countries the type is used in: at least one, each once. */
const countries = () => vine.array(vine.enum(accountsConfig.countries)).minLength(1).distinct()

const fields = {
  name: text({ min: 2, max: 80 }),
  names: names().optional(),
  body: vine.enum(VEHICLE_BODIES),
  capacityKg: number().withoutDecimals().min(1).max(100_000),
  capacityM3: number().decimal([0, 2]).min(0.01).max(500),
  /** Every country when left out. */
  countries: countries().optional(),
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
  countries: countries().optional(),
})

/** `country`: the types of that country; without it, the caller's own country's (all of them for admins and platform dispatchers). */
export const listVehicleTypesValidator = vine.create({
  country: vine.enum(accountsConfig.countries).optional(),
})
