import { id, named, z } from '#core/contract/response_schema'
import { documentKindSchema } from '#fleet/transformers/fleet_document_transformer'
import { PAPER_PROBLEMS } from '#fleet/services/fleet_eligibility_service'
import type { FleetReadiness } from '#fleet/services/fleet_readiness_service'

export const fleetReadinessSchema = named(
  'FleetReadiness',
  z
    .object({
      carrier: z.object({ id: id(), name: z.string() }).nullable().meta({
        description: 'The carrier the driver drives for; null until they found or join one',
      }),
      vehicle: z
        .object({ id: id(), plate: z.string() })
        .nullable()
        .meta({ description: 'The truck the checklist is about (the one nearest to bidding)' }),
      papers: z.array(
        z.object({
          kind: documentKindSchema,
          state: z.enum([...PAPER_PROBLEMS, 'verified']),
          vehicleId: id()
            .nullable()
            .meta({ description: 'For a truck’s paper; null for the driver’s' }),
        })
      ),
      papersUploaded: z.boolean().meta({
        description:
          'No paper is missing, rejected or expired: the papers step is done and what is left waits for an administrator',
      }),
      mayBid: z.boolean(),
      reviewHours: z
        .number()
        .int()
        .meta({ description: 'How long an administrator usually takes to verify a paper' }),
    })
    .meta({ description: 'A driver’s way to a first bid: carrier, truck, papers, verification' })
)

export default class FleetReadinessTransformer {
  static toJSON(readiness: FleetReadiness): z.infer<typeof fleetReadinessSchema> {
    const { carrier, vehicle } = readiness
    return {
      carrier: carrier ? { id: carrier.id, name: carrier.name } : null,
      vehicle: vehicle ? { id: vehicle.id, plate: vehicle.plate } : null,
      papers: readiness.papers,
      papersUploaded: readiness.papersUploaded,
      mayBid: readiness.mayBid,
      reviewHours: readiness.reviewHours,
    }
  }
}
