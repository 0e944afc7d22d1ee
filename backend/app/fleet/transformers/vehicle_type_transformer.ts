import type VehicleType from '#fleet/models/vehicle_type'
import { VEHICLE_BODIES } from '#fleet/models/vehicle_type'
import { id, named, z } from '#core/contract/response_schema'

export const vehicleTypeSchema = named(
  'VehicleType',
  z.object({
    id: id(),
    code: z.string().meta({ examples: ['flatbed_10t'] }),
    name: z.string().meta({ examples: ['Flatbed 10 t'] }),
    body: z.enum(VEHICLE_BODIES),
    capacityKg: z.number().int(),
    capacityM3: z.number(),
  })
)

export default class VehicleTypeTransformer {
  static toJSON(type: VehicleType): z.infer<typeof vehicleTypeSchema> {
    return {
      id: type.id,
      code: type.code,
      name: type.name,
      body: type.body,
      capacityKg: type.capacityKg,
      capacityM3: type.capacityM3,
    }
  }
}
