import vine from '@vinejs/vine'
import trackingConfig from '#config/tracking'
import { timestamp } from '#core/validators/rules/timestamp'

/** One GPS point as the driver app sends it (socket `positions` or HTTP). */
// JSON and socket payloads carry real numbers: strict, so "12", "" or true are refused.
const num = () => vine.number({ strict: true })

const point = vine.object({
  seq: num().withoutDecimals().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  lat: num().min(-90).max(90),
  lng: num().min(-180).max(180),
  recordedAt: timestamp(),
  accuracy: num().min(0).max(100_000).optional(),
  speed: num().min(0).max(150).optional(),
  heading: num().min(0).max(360).optional(),
  altitude: num().min(-1000).max(20_000).optional(),
  battery: num().min(0).max(100).optional(),
  orderId: num().withoutDecimals().positive().optional(),
})

export const positionsBatchValidator = vine.create({
  points: vine.array(point).minLength(1).maxLength(trackingConfig.ingest.maxPointsPerBatch),
})

export const dutyValidator = vine.create({
  onDuty: vine.boolean({ strict: true }),
})

export const createTrackerValidator = vine.create({
  // A chosen id may be as short as Traccar Client's default (six digits); a generated one
  // is 16 random characters. Guessing is bounded by the limit on unknown ids per address.
  deviceId: vine
    .string()
    .trim()
    .minLength(4)
    .maxLength(64)
    .regex(/^[A-Za-z0-9_.:-]+$/)
    .optional(),
  name: vine.string().trim().minLength(1).maxLength(80).optional(),
})

export const nearbyValidator = vine.create({
  lat: vine.number().min(-90).max(90),
  lng: vine.number().min(-180).max(180),
  radiusKm: vine.number().positive().max(500).optional(),
  vehicleType: vine.string().trim().maxLength(40).optional(),
  minCapacityKg: vine.number().withoutDecimals().min(0).max(1_000_000).optional(),
  limit: vine.number().withoutDecimals().min(1).max(200).optional(),
})

export const trackQueryValidator = vine.create({
  from: timestamp().optional(),
  to: timestamp().optional(),
})

export const exceptionsQueryValidator = vine.create({
  kind: vine.enum(['long_stop', 'off_route'] as const).optional(),
  open: vine.boolean().optional(),
  limit: vine.number().withoutDecimals().min(1).max(500).optional(),
})
