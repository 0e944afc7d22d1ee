import vine from '@vinejs/vine'
import collectionsConfig from '#config/collections'
import { timestamp } from '#core/validators/rules/timestamp'
import { id, number, page, perPage, textId } from '#core/validators/rules/number'
import { point } from '#core/validators/rules/position'
import { day, month } from '#core/validators/rules/date'
import { text } from '#core/validators/rules/text'
import { SHIFTS } from '#collections/models/collection_route'
import { boolean } from '#core/validators/rules/boolean'

const uuid = () =>
  text({ max: 36 }).regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
  )

/** What was measured: litres, or kg on a scale (converted by the cooperative's density). */
const measured = {
  quantityLitres: number().min(0.1).max(5000).optional().requiredIfMissing('weightKg'),
  weightKg: number().min(0.1).max(5000).optional(),
  cans: number().withoutDecimals().min(1).max(50),
  lactometer: number().min(0).max(60).nullable().optional(),
  alcoholPassed: boolean().nullable().optional(),
  temperatureC: number().min(-5).max(60).nullable().optional(),
  fatPct: number().min(0).max(15).nullable().optional(),
  snfPct: number().min(0).max(15).nullable().optional(),
  /** The grader refused the milk for what the tests do not show (smell, colour, dirt). */
  rejectedForOther: boolean().optional(),
}

/** One collection as the phone recorded it, offline or not. */
export const collectionItem = vine.object({
  /** A UUID the device made: the same collection synced twice is stored once. */
  id: uuid(),
  farmerId: id(),
  routeId: id().nullable().optional(),
  stopId: id().nullable().optional(),
  centreId: id().nullable().optional(),
  shift: vine.enum(SHIFTS),
  collectedAt: timestamp(),
  position: point().nullable().optional(),
  ...measured,
})

export const syncCollectionsValidator = vine.create({
  collections: vine.array(collectionItem).minLength(1).maxLength(collectionsConfig.maxBatch),
})

/** The corrected values of a collection: it is reversed and this one recorded in its place. */
export const correctCollectionValidator = vine.create({
  params: vine.object({ id: uuid() }),
  id: uuid(),
  ...measured,
})

export const listCollectionsValidator = vine.create({
  params: vine.object({ id: textId() }),
  date: day().optional(),
  period: month().optional(),
  routeId: textId().optional(),
  farmerId: textId().optional(),
  page: page().optional(),
  perPage: perPage(500).optional(),
})
