import type MilkCollection from '#collections/models/milk_collection'
import type { SyncResult } from '#collections/services/collection_service'

export default class CollectionTransformer {
  static toJSON(collection: MilkCollection) {
    return {
      id: collection.id,
      kind: collection.kind,
      cooperativeId: collection.cooperativeId,
      farmerId: collection.farmerId,
      routeId: collection.routeId,
      stopId: collection.stopId,
      centreId: collection.centreId,
      shift: collection.shift,
      collectedAt: collection.collectedAt.toUTC().toISO(),
      collectedOn: collection.collectedOn.toISODate(),
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
      createdAt: collection.createdAt.toUTC().toISO(),
    }
  }

  static syncResult(result: SyncResult) {
    return {
      id: result.id,
      status: result.status,
      ...(result.collection ? { collection: this.toJSON(result.collection) } : {}),
      ...(result.error ? { error: result.error } : {}),
    }
  }
}
