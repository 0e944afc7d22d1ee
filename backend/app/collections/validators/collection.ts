import vine from '@vinejs/vine'
import collectionsConfig from '#config/collections'
import { timestamp } from '#core/validators/rules/timestamp'
import { SHIFTS } from '#collections/models/collection_route'

const id = () => vine.number({ strict: true }).positive().withoutDecimals()
const num = () => vine.number({ strict: true })
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/** What was measured: litres, or kg on a scale (converted by the cooperative's density). */
const measured = {
  quantityLitres: num().min(0.1).max(5000).optional().requiredIfMissing('weightKg'),
  weightKg: num().min(0.1).max(5000).optional(),
  cans: num().withoutDecimals().min(1).max(50),
  lactometer: num().min(0).max(60).nullable().optional(),
  alcoholPassed: vine.boolean({ strict: true }).nullable().optional(),
  temperatureC: num().min(-5).max(60).nullable().optional(),
  fatPct: num().min(0).max(15).nullable().optional(),
  snfPct: num().min(0).max(15).nullable().optional(),
  /** The grader refused the milk for what the tests do not show (smell, colour, dirt). */
  rejectedForOther: vine.boolean({ strict: true }).optional(),
}

/** One collection as the phone recorded it, offline or not. */
export const collectionItem = vine.object({
  /** A UUID the device made: the same collection synced twice is stored once. */
  id: vine.string().trim().regex(UUID),
  farmerId: id(),
  routeId: id().nullable().optional(),
  stopId: id().nullable().optional(),
  centreId: id().nullable().optional(),
  shift: vine.enum(SHIFTS),
  collectedAt: timestamp(),
  position: vine
    .object({ lat: num().min(-90).max(90), lng: num().min(-180).max(180) })
    .nullable()
    .optional(),
  ...measured,
})

export const syncCollectionsValidator = vine.create({
  collections: vine.array(collectionItem).minLength(1).maxLength(collectionsConfig.maxBatch),
})

/** The corrected values of a collection: it is reversed and this one recorded in its place. */
export const correctCollectionValidator = vine.create({
  params: vine.object({ id: vine.string().regex(UUID) }),
  id: vine.string().trim().regex(UUID),
  ...measured,
})

export const listCollectionsValidator = vine.create({
  params: vine.object({ id: vine.number().positive().withoutDecimals() }),
  date: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  period: vine
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  routeId: vine.number().positive().withoutDecimals().optional(),
  farmerId: vine.number().positive().withoutDecimals().optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().min(1).max(500).optional(),
})
