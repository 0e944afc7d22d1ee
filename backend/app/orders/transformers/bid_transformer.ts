import { currencySchema } from '#core/contract/enums'
import type Bid from '#orders/models/bid'
import type Organisation from '#accounts/models/organisation'
import type Vehicle from '#fleet/models/vehicle'
import { BID_STATUSES } from '#orders/models/bid'
import type { PriceSplit } from '#orders/services/order_payments'
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

export const carrierSummarySchema = named(
  'CarrierSummary',
  z.object({ id: id(), name: z.string(), rating: ratingSummarySchema })
)

export const vehicleSummarySchema = named(
  'VehicleSummary',
  z.object({
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
)

const minor = (description: string) => z.number().int().meta({ description })

export const priceSplitSchema = named(
  'PriceSplit',
  z
    .object({
      total: minor('What the shipper pays, minor units'),
      basisPoints: z
        .number()
        .int()
        .meta({ description: 'The platform’s commission rate (1000 = 10 %)' }),
      commission: minor('The platform’s commission, minor units'),
      net: minor('What the carrier receives, minor units'),
    })
    .meta({
      description:
        'A price split by the platform’s commission, at the rate fixed on the order once a carrier has it, else at the rate of its country now',
    })
)

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
    currency: currencySchema,
    split: priceSplitSchema,
    estimatedPickupAt: isoDateTime(),
    note: z.string().nullable(),
    carrierOrganisationId: id(),
    bidderId: id(),
    driverId: id(),
    vehicleId: id(),
    carrier: carrierSummarySchema.optional().meta({ description: 'In lists of an order’s bids' }),
    vehicle: vehicleSummarySchema.optional().meta({ description: 'In lists of an order’s bids' }),
    decidedAt: isoDateTime().nullable(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
)
type BidJson = z.infer<typeof bidSchema>

/** A bid with its split (`OrderPayments.splitOn`); with `carrier` and `vehicle` when preloaded (the shipper's view). */
export default class BidTransformer {
  static toJSON(bid: Bid, split: PriceSplit, carrierRating?: RatingSummary): BidJson {
    const vehicle = bid.vehicle
    return {
      id: bid.id,
      orderId: bid.orderId,
      status: bid.status,
      amount: bid.amount,
      currency: bid.currency,
      split,
      estimatedPickupAt: toIso(bid.estimatedPickupAt),
      note: bid.note,
      carrierOrganisationId: bid.carrierOrganisationId,
      bidderId: bid.bidderId,
      driverId: bid.driverId,
      vehicleId: bid.vehicleId,
      ...(bid.carrierOrganisation
        ? { carrier: BidTransformer.carrier(bid.carrierOrganisation, carrierRating) }
        : {}),
      ...(vehicle ? { vehicle: BidTransformer.vehicle(vehicle) } : {}),
      decidedAt: toIso(bid.decidedAt),
      createdAt: toIso(bid.createdAt),
      updatedAt: toIso(bid.updatedAt),
    }
  }

  /** A carrier by name with its rating: in bid lists and in who is coming for an order. */
  static carrier(
    organisation: Organisation,
    rating?: RatingSummary
  ): z.infer<typeof carrierSummarySchema> {
    return {
      id: organisation.id,
      name: organisation.name,
      rating: rating ?? { average: null, count: 0 },
    }
  }

  /** A truck by plate and type (names in every language); expects `vehicleType` preloaded. */
  static vehicle(vehicle: Vehicle): z.infer<typeof vehicleSummarySchema> {
    const type = vehicle.vehicleType
    return {
      id: vehicle.id,
      plate: vehicle.plate,
      make: vehicle.make,
      model: vehicle.model,
      type: type
        ? {
            id: type.id,
            code: type.code,
            name: type.name,
            names: VehicleTypeTransformer.names(type),
            body: type.body,
          }
        : null,
      capacityKg: vehicle.effectiveCapacityKg,
    }
  }

  static page(
    paginator: Parameters<typeof paginate<Bid, BidJson>>[0],
    splitOf: (bid: Bid) => PriceSplit
  ) {
    return paginate(paginator, (bid) => BidTransformer.toJSON(bid, splitOf(bid)))
  }
}
