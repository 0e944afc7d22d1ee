import type Bid from '#orders/models/bid'
import { BID_STATUSES } from '#orders/models/bid'
import { CURRENCIES } from '#orders/models/order'
import { VEHICLE_BODIES } from '#fleet/models/vehicle_type'
import { id, isoDateTime, named, paginate, toIso, z } from '#core/contract/response_schema'
import VehicleTypeTransformer, {
  vehicleTypeSchema,
} from '#fleet/transformers/vehicle_type_transformer'

export const ratingSummarySchema = named(
  'RatingSummary',
  z.object({ average: z.number().min(1).max(5).nullable(), count: z.number().int() })
)
export type RatingSummary = z.infer<typeof ratingSummarySchema>

export const bidSchema = named(
  'Bid',
  z.object({
    id: id(),
    orderId: id(),
    status: z.enum(BID_STATUSES),
    amount: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'Minor units of the currency (XOF has none, KES has cents)' }),
    currency: z.enum(CURRENCIES),
    estimatedPickupAt: isoDateTime(),
    note: z.string().nullable(),
    carrierOrganisationId: id(),
    bidderId: id(),
    driverId: id(),
    vehicleId: id(),
    carrier: z
      .object({ id: id(), name: z.string(), rating: ratingSummarySchema })
      .optional()
      .meta({ description: 'In lists of an order’s bids' }),
    vehicle: z
      .object({
        id: id(),
        plate: z.string(),
        make: z.string().nullable(),
        model: z.string().nullable(),
        type: z
          .object({
            id: id(),
            code: z.string(),
            name: z.string(),
            names: vehicleTypeSchema.shape.names,
            body: z.enum(VEHICLE_BODIES),
          })
          .nullable(),
        capacityKg: z.number().int().nullable(),
      })
      .optional()
      .meta({ description: 'In lists of an order’s bids' }),
    decidedAt: isoDateTime().nullable(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
)
type BidJson = z.infer<typeof bidSchema>

/** A bid; with `carrier` and `vehicle` when preloaded (the shipper's view). */
export default class BidTransformer {
  static toJSON(bid: Bid, carrierRating?: RatingSummary): BidJson {
    const vehicle = bid.vehicle
    return {
      id: bid.id,
      orderId: bid.orderId,
      status: bid.status,
      amount: bid.amount,
      currency: bid.currency,
      estimatedPickupAt: toIso(bid.estimatedPickupAt),
      note: bid.note,
      carrierOrganisationId: bid.carrierOrganisationId,
      bidderId: bid.bidderId,
      driverId: bid.driverId,
      vehicleId: bid.vehicleId,
      ...(bid.carrierOrganisation
        ? {
            carrier: {
              id: bid.carrierOrganisation.id,
              name: bid.carrierOrganisation.name,
              rating: carrierRating ?? { average: null, count: 0 },
            },
          }
        : {}),
      ...(vehicle
        ? {
            vehicle: {
              id: vehicle.id,
              plate: vehicle.plate,
              make: vehicle.make,
              model: vehicle.model,
              type: vehicle.vehicleType
                ? {
                    id: vehicle.vehicleType.id,
                    code: vehicle.vehicleType.code,
                    name: vehicle.vehicleType.name,
                    names: VehicleTypeTransformer.names(vehicle.vehicleType),
                    body: vehicle.vehicleType.body,
                  }
                : null,
              capacityKg: vehicle.effectiveCapacityKg,
            },
          }
        : {}),
      decidedAt: toIso(bid.decidedAt),
      createdAt: toIso(bid.createdAt),
      updatedAt: toIso(bid.updatedAt),
    }
  }

  static page(paginator: Parameters<typeof paginate<Bid, BidJson>>[0]) {
    return paginate(paginator, (bid) => BidTransformer.toJSON(bid))
  }
}
