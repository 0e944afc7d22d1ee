import vine from '@vinejs/vine'
import accountsConfig from '#config/accounts'
import { phone } from '#core/validators/rules/phone'
import { SHIFTS } from '#collections/models/collection_route'
import { STOP_KINDS } from '#collections/models/route_stop'

const id = () => vine.number().positive().withoutDecimals()
const point = () =>
  vine.object({ lat: vine.number().min(-90).max(90), lng: vine.number().min(-180).max(180) })

const thresholds = {
  milkDensity: vine.number().min(0.9).max(1.2).optional(),
  lactometerMin: vine.number().min(10).max(40).optional(),
  lactometerMax: vine.number().min(10).max(40).optional(),
  maxTemperatureC: vine.number().min(0).max(45).optional(),
  alcoholTestRequired: vine.boolean().optional(),
  minFatPct: vine.number().min(0).max(15).nullable().optional(),
  minSnfPct: vine.number().min(0).max(15).nullable().optional(),
  maxLitres: vine.number().withoutDecimals().min(1).max(5000).optional(),
  varianceThresholdPct: vine.number().min(0).max(50).optional(),
}

export const cooperativeIdValidator = vine.create({ params: vine.object({ id: id() }) })

/** An admin opens a cooperative with its first manager (a dispatcher of it). */
export const createCooperativeValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(160),
  country: vine.enum(accountsConfig.countries.filter((c) => c !== 'SN')),
  code: vine
    .string()
    .trim()
    .regex(/^\d{3,8}$/),
  carrierOrganisationId: id().nullable().optional(),
  manager: vine.object({ phone: phone(), name: vine.string().trim().minLength(1).maxLength(120) }),
  ...thresholds,
})

export const updateCooperativeValidator = vine.create({
  params: vine.object({ id: id() }),
  carrierOrganisationId: id().nullable().optional(),
  /** Collections on or before this day can no longer be added or corrected. */
  closedThrough: vine
    .date({ formats: ['YYYY-MM-DD'] })
    .nullable()
    .optional(),
  ...thresholds,
})

export const createCentreValidator = vine.create({
  params: vine.object({ id: id() }),
  name: vine.string().trim().minLength(2).maxLength(120),
  location: point(),
})

const stop = vine.object({
  kind: vine.enum(STOP_KINDS),
  /** For a centre stop: the centre (its name and place are taken from it). */
  centreId: id().optional().requiredWhen('kind', '=', 'centre'),
  name: vine
    .string()
    .trim()
    .minLength(1)
    .maxLength(120)
    .optional()
    .requiredWhen('kind', '=', 'farm_gate'),
  location: point().optional().requiredWhen('kind', '=', 'farm_gate'),
})

const routeFields = {
  name: vine.string().trim().minLength(2).maxLength(120),
  vehicleId: id().nullable().optional(),
  driverId: id().nullable().optional(),
  shifts: vine
    .array(
      vine.object({
        shift: vine.enum(SHIFTS),
        days: vine
          .array(vine.number().withoutDecimals().min(1).max(7))
          .minLength(1)
          .maxLength(7)
          .distinct(),
      })
    )
    .maxLength(2),
  stops: vine.array(stop).minLength(1).maxLength(200),
}

export const createRouteValidator = vine.create({
  params: vine.object({ id: id() }),
  ...routeFields,
})

export const updateRouteValidator = vine.create({
  params: vine.object({ id: id() }),
  name: routeFields.name.optional(),
  vehicleId: id().nullable().optional(),
  driverId: id().nullable().optional(),
  shifts: routeFields.shifts.optional(),
  stops: routeFields.stops.optional(),
  active: vine.boolean().optional(),
})

export const routeIdValidator = vine.create({ params: vine.object({ id: id() }) })
