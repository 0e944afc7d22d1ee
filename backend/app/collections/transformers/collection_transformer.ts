import type MilkCollection from '#collections/models/milk_collection'
import { SHIFTS } from '#collections/models/collection_route'
import { GRADES, OUTCOMES, REJECTION_REASONS } from '#collections/quality_rules'
import type { SyncResult } from '#collections/services/collection_service'
import { collectionPointSchema } from '#collections/transformers/cooperative_transformer'
import {
  errorSchema,
  id,
  isoDate,
  isoDateTime,
  named,
  toIso,
  toIsoDate,
  z,
} from '#core/contract/response_schema'

const uuid = () => z.string().meta({ format: 'uuid' })

export const milkCollectionSchema = named(
  'MilkCollection',
  z.object({
    id: uuid().meta({ description: 'Made on the device' }),
    kind: z.enum(['collection', 'reversal']),
    cooperativeId: id(),
    farmerId: id(),
    routeId: id().nullable(),
    stopId: id().nullable(),
    centreId: id().nullable(),
    shift: z.enum(SHIFTS),
    collectedAt: isoDateTime(),
    collectedOn: isoDate().meta({ description: 'The day in the cooperatives’ time zone' }),
    period: z.string().meta({ description: 'The month it is paid in', examples: ['2026-11'] }),
    quantityLitres: z.number().meta({ description: 'Negative for a reversal' }),
    cans: z.number().int(),
    lactometer: z.number().nullable(),
    alcoholPassed: z.boolean().nullable(),
    temperatureC: z.number().nullable(),
    fatPct: z.number().nullable(),
    snfPct: z.number().nullable(),
    outcome: z.enum(OUTCOMES),
    rejectionReason: z.enum(REJECTION_REASONS).nullable(),
    grade: z.enum(GRADES).nullable(),
    position: collectionPointSchema.nullable(),
    reference: z
      .string()
      .meta({ description: 'Printed on the receipt SMS', examples: ['MK7F3Q9A'] }),
    reversesId: uuid().nullable(),
    replacesId: uuid().nullable(),
    receiptSent: z.boolean(),
    recordedById: id().nullable(),
    createdAt: isoDateTime(),
  })
)

export const collectionSyncResultSchema = named(
  'CollectionSyncResult',
  z.object({
    id: uuid(),
    status: z.enum(['stored', 'duplicate', 'refused']).meta({
      description:
        'stored and duplicate: drop it from the phone’s queue; refused: nothing stored, show the error',
    }),
    collection: milkCollectionSchema.optional().meta({ description: 'When stored' }),
    error: errorSchema.optional().meta({ description: 'When refused' }),
  })
)

export default class CollectionTransformer {
  static toJSON(collection: MilkCollection): z.infer<typeof milkCollectionSchema> {
    return {
      id: collection.id,
      kind: collection.kind,
      cooperativeId: collection.cooperativeId,
      farmerId: collection.farmerId,
      routeId: collection.routeId,
      stopId: collection.stopId,
      centreId: collection.centreId,
      shift: collection.shift,
      collectedAt: toIso(collection.collectedAt.toUTC()),
      collectedOn: toIsoDate(collection.collectedOn),
      period: collection.period,
      quantityLitres: collection.quantityLitres,
      cans: collection.cans,
      lactometer: collection.lactometer,
      alcoholPassed: collection.alcoholPassed,
      temperatureC: collection.temperatureC,
      fatPct: collection.fatPct,
      snfPct: collection.snfPct,
      outcome: collection.outcome,
      rejectionReason: collection.rejectionReason,
      grade: collection.grade,
      position: collection.position,
      reference: collection.reference,
      reversesId: collection.reversesId,
      replacesId: collection.replacesId,
      receiptSent: collection.receiptSmsId !== null,
      recordedById: collection.recordedById,
      createdAt: toIso(collection.createdAt.toUTC()),
    }
  }

  static syncResult(result: SyncResult): z.infer<typeof collectionSyncResultSchema> {
    return {
      id: result.id,
      status: result.status,
      ...(result.collection ? { collection: this.toJSON(result.collection) } : {}),
      ...(result.error ? { error: result.error } : {}),
    }
  }
}
