import { id, named, z } from '#core/contract/response_schema'
import type { OrderCrew } from '#orders/services/order_crew_service'
import BidTransformer, {
  carrierSummarySchema,
  vehicleSummarySchema,
} from '#orders/transformers/bid_transformer'

export const orderCrewSchema = named(
  'OrderCrew',
  z.object({
    driver: z
      .object({
        id: id(),
        name: z.string().nullable(),
        phone: z.string().nullable().meta({
          description:
            'E.164, to call the driver: for the shipper side and those who run the job, from assignment until the order is delivered; otherwise null',
        }),
        photoUrl: z
          .string()
          .nullable()
          .meta({
            description:
              "The driver's photo (GET, same access as the crew), or null when they have none",
            examples: ['/api/v1/orders/12/crew/photo'],
          }),
      })
      .nullable(),
    vehicle: vehicleSummarySchema.nullable(),
    carrier: carrierSummarySchema.nullable(),
  })
)

/** Who is coming for an order: the driver (callable while on the way), the truck, the carrier and its rating. */
export default class OrderCrewTransformer {
  static toJSON(crew: OrderCrew): z.infer<typeof orderCrewSchema> {
    const { driver, vehicle, carrier } = crew
    return {
      driver: driver
        ? {
            id: driver.id,
            name: driver.name,
            phone: crew.mayCall ? driver.phone : null,
            photoUrl: driver.photoKey ? `/api/v1/orders/${crew.orderId}/crew/photo` : null,
          }
        : null,
      vehicle: vehicle ? BidTransformer.vehicle(vehicle) : null,
      carrier: carrier ? BidTransformer.carrier(carrier, crew.carrierRating ?? undefined) : null,
    }
  }
}
