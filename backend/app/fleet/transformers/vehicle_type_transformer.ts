import type VehicleType from '#fleet/models/vehicle_type'
import { VEHICLE_BODIES } from '#fleet/models/vehicle_type'
import { id, named, z } from '#core/contract/response_schema'
import { countrySchema } from '#core/contract/enums'
import type accountsConfig from '#config/accounts'

export const vehicleBodySchema = named('VehicleBody', z.enum(VEHICLE_BODIES))

export const vehicleTypeSchema = named(
  'VehicleType',
  z.object({
    id: id(),
    code: z.string().meta({ examples: ['flatbed_10t'] }),
    name: z.string().meta({ examples: ['Flatbed 10 t'] }),
    names: z
      .object({ en: z.string(), fr: z.string(), sw: z.string() })
      .meta({ description: 'The name in each language (the English name where none was given)' }),
    body: vehicleBodySchema,
    countries: z.array(countrySchema).meta({
      description: 'The countries the type is used in (ISO 3166-1 alpha-2)',
      examples: [['KE', 'TZ', 'UG']],
    }),
    capacityKg: z.number().int(),
    capacityM3: z.number(),
  })
)

export default class VehicleTypeTransformer {
  /** The name in every language, English standing in for a missing one. */
  static names(type: VehicleType): z.infer<typeof vehicleTypeSchema>['names'] {
    return { en: type.name, fr: type.nameIn('fr'), sw: type.nameIn('sw') }
  }

  static toJSON(type: VehicleType): z.infer<typeof vehicleTypeSchema> {
    return {
      id: type.id,
      code: type.code,
      name: type.name,
      names: VehicleTypeTransformer.names(type),
      body: type.body,
      countries: type.countries as (typeof accountsConfig.countries)[number][],
      capacityKg: type.capacityKg,
      capacityM3: type.capacityM3,
    }
  }
}
