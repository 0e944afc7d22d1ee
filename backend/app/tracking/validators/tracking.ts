import vine from '@vinejs/vine'
import trackingConfig from '#config/tracking'
import { timestamp } from '#core/validators/rules/timestamp'
import { id, number as num, perPage, textId, textNumber } from '#core/validators/rules/number'
import { latitude, longitude, textLatitude, textLongitude } from '#core/validators/rules/position'
import { text } from '#core/validators/rules/text'
import { TRACKING_EXCEPTION_KINDS } from '#tracking/models/tracking_exception'
import { boolean, textBoolean } from '#core/validators/rules/boolean'

/** One GPS point as the driver app sends it (socket `positions` or HTTP). */
const point = vine.object({
  seq: num().withoutDecimals().min(0).optional(),
  lat: latitude(),
  lng: longitude(),
  recordedAt: timestamp(),
  accuracy: num().min(0).max(100_000).optional(),
  speed: num().min(0).max(150).optional(),
  heading: num().min(0).max(360).optional(),
  altitude: num().min(-1000).max(20_000).optional(),
  battery: num().min(0).max(100).optional(),
  orderId: id().optional(),
})

export const positionsBatchValidator = vine.create({
  points: vine.array(point).minLength(1).maxLength(trackingConfig.ingest.maxPointsPerBatch),
})

export const dutyValidator = vine.create({
  onDuty: boolean(),
})

export const createTrackerValidator = vine.create({
  // A chosen id may be as short as Traccar Client's default (six digits); a generated one
  // is 16 random characters. Guessing is bounded by the limit on unknown ids per address.
  deviceId: text({ min: 4, max: 64 })
    .regex(/^[A-Za-z0-9_.:-]+$/)
    .optional(),
  name: text({ min: 1, max: 80 }).optional(),
})

export const nearbyValidator = vine.create({
  lat: textLatitude(),
  lng: textLongitude(),
  radiusKm: textNumber().positive().max(500).optional(),
  vehicleType: text({ max: 40 }).optional(),
  minCapacityKg: textNumber().withoutDecimals().min(0).max(1_000_000).optional(),
  limit: perPage(200).optional(),
})

export const trackQueryValidator = vine.create({
  params: vine.object({ id: textId() }),
  from: timestamp().optional(),
  to: timestamp().optional(),
})

export const driverIdValidator = vine.create({ params: vine.object({ id: textId() }) })

export const trackerIdValidator = vine.create({ params: vine.object({ id: textId() }) })

export const exceptionsQueryValidator = vine.create({
  kind: vine.enum(TRACKING_EXCEPTION_KINDS).optional(),
  open: textBoolean().optional(),
  limit: perPage(500).optional(),
})
