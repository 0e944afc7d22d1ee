import { id, named, z } from '#core/contract/response_schema'

/** A crew DispatchSuggestionService proposes for an order (it builds them in this shape). */
export const dispatchSuggestionSchema = named(
  'DispatchSuggestion',
  z.object({
    driver: z.object({ id: id(), name: z.string().nullable(), phone: z.string() }),
    vehicle: z.object({
      id: id(),
      plate: z.string(),
      typeCode: z.string(),
      capacityKg: z.number().int(),
    }),
    carrierOrganisationId: id(),
    distanceM: z.number().int(),
    locationSource: z.enum(['live', 'base']).meta({
      description:
        "live: the driver's fresh on-duty GPS position; base: the vehicle's base location",
    }),
  })
)
export type Suggestion = z.infer<typeof dispatchSuggestionSchema>
