import type Bid from '#orders/models/bid'

export interface RatingSummary {
  average: number | null
  count: number
}

/** A bid; with `carrier` and `vehicle` when preloaded (the shipper's view). */
export default class BidTransformer {
  static toJSON(bid: Bid, carrierRating?: RatingSummary) {
    const vehicle = bid.vehicle
    return {
      id: bid.id,
      orderId: bid.orderId,
      status: bid.status,
      amount: bid.amount,
      currency: bid.currency,
      estimatedPickupAt: bid.estimatedPickupAt.toISO(),
      note: bid.note,
      carrierOrganisationId: bid.carrierOrganisationId,
      bidderId: bid.bidderId,
      driverId: bid.driverId,
      vehicleId: bid.vehicleId,
      carrier: bid.carrierOrganisation
        ? {
            id: bid.carrierOrganisation.id,
            name: bid.carrierOrganisation.name,
            rating: carrierRating ?? { average: null, count: 0 },
          }
        : undefined,
      vehicle: vehicle
        ? {
            id: vehicle.id,
            plate: vehicle.plate,
            make: vehicle.make,
            model: vehicle.model,
            type: vehicle.vehicleType
              ? {
                  id: vehicle.vehicleType.id,
                  code: vehicle.vehicleType.code,
                  name: vehicle.vehicleType.name,
                  body: vehicle.vehicleType.body,
                }
              : null,
            capacityKg: vehicle.effectiveCapacityKg,
          }
        : undefined,
      decidedAt: bid.decidedAt?.toISO() ?? null,
      createdAt: bid.createdAt.toISO(),
      updatedAt: bid.updatedAt.toISO(),
    }
  }
}
