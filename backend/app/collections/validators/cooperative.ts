import vine from '@vinejs/vine'
import accountsConfig from '#config/accounts'
import { phone } from '#core/validators/rules/phone'
import { id, number, textId } from '#core/validators/rules/number'
import { point } from '#core/validators/rules/position'
import { day } from '#core/validators/rules/date'
import { text } from '#core/validators/rules/text'
import { SHIFTS } from '#collections/models/collection_route'
import { STOP_KINDS } from '#collections/models/route_stop'
import { boolean } from '#core/validators/rules/boolean'

const thresholds = {
  milkDensity: number().min(0.9).max(1.2).optional(),
  lactometerMin: number().min(10).max(40).optional(),
  lactometerMax: number().min(10).max(40).optional(),
  maxTemperatureC: number().min(0).max(45).optional(),
  alcoholTestRequired: boolean().optional(),
  minFatPct: number().min(0).max(15).nullable().optional(),
  minSnfPct: number().min(0).max(15).nullable().optional(),
  maxLitres: number().withoutDecimals().min(1).max(5000).optional(),
  varianceThresholdPct: number().min(0).max(50).optional(),
}

export const cooperativeIdValidator = vine.create({ params: vine.object({ id: textId() }) })

/** An admin opens a cooperative with its first manager (a dispatcher of it). */
export const createCooperativeValidator = vine.create({
  name: text({ min: 2, max: 160 }),
  country: vine.enum(accountsConfig.countries.filter((c) => c !== 'SN')),
  code: text({ max: 8 }).regex(/^\d{3,8}$/),
  carrierOrganisationId: id().nullable().optional(),
  manager: vine.object({ phone: phone(), name: text({ min: 1, max: 120 }) }),
  ...thresholds,
})

export const updateCooperativeValidator = vine.create({
  params: vine.object({ id: textId() }),
  carrierOrganisationId: id().nullable().optional(),
  /** Collections on or before this day can no longer be added or corrected. */
  closedThrough: day().nullable().optional(),
  ...thresholds,
})

export const createCentreValidator = vine.create({
  params: vine.object({ id: textId() }),
  name: text({ min: 2, max: 120 }),
  location: point(),
})

const stop = vine.object({
  kind: vine.enum(STOP_KINDS),
  /** For a centre stop: the centre (its name and place are taken from it). */
  centreId: id().optional().requiredWhen('kind', '=', 'centre'),
  name: text({ min: 1, max: 120 }).optional().requiredWhen('kind', '=', 'farm_gate'),
  location: point().optional().requiredWhen('kind', '=', 'farm_gate'),
})

const routeFields = {
  name: text({ min: 2, max: 120 }),
  vehicleId: id().nullable().optional(),
  driverId: id().nullable().optional(),
  shifts: vine
    .array(
      vine.object({
        shift: vine.enum(SHIFTS),
        days: vine
          .array(number().withoutDecimals().min(1).max(7))
          .minLength(1)
          .maxLength(7)
          .distinct(),
      })
    )
    .maxLength(2),
  stops: vine.array(stop).minLength(1).maxLength(200),
}

export const createRouteValidator = vine.create({
  params: vine.object({ id: textId() }),
  ...routeFields,
})

export const updateRouteValidator = vine.create({
  params: vine.object({ id: textId() }),
  name: routeFields.name.optional(),
  vehicleId: id().nullable().optional(),
  driverId: id().nullable().optional(),
  shifts: routeFields.shifts.optional(),
  stops: routeFields.stops.optional(),
  active: boolean().optional(),
})

export const routeIdValidator = vine.create({ params: vine.object({ id: textId() }) })
