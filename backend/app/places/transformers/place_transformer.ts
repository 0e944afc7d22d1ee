import { named, z } from '#core/contract/response_schema'
import { PLACE_KINDS, type FoundPlace, type NearestPlace } from '#places/services/place_service'

export const placeSchema = named(
  'Place',
  z.object({
    name: z.string().meta({ examples: ['Touba'] }),
    kind: z.enum(PLACE_KINDS),
    country: z
      .string()
      .nullable()
      .meta({ description: 'ISO 3166-1 alpha-2; null when the geocoder did not say' }),
    region: z
      .string()
      .nullable()
      .meta({ examples: ['Diourbel'] }),
    lat: z.number(),
    lng: z.number(),
    source: z.enum(['gazetteer', 'geocoder']).meta({
      description:
        'The embedded gazetteer (GeoNames, curated ports and markets) or the online geocoder',
    }),
  })
)

export const nearestPlaceSchema = named(
  'NearestPlace',
  z.object({
    place: placeSchema.nullable().meta({ description: 'The nearest town, port or market' }),
    distanceM: z.number().int().nullable().meta({ description: 'From the point to that place' }),
    atSea: z.boolean().meta({
      description: "In the water: more than about 2 km off any coast or inside a lake's shores",
    }),
    named: placeSchema
      .extend({
        distanceM: z.number().int(),
        far: z.boolean().meta({
          description:
            'The point is too far from this town for the address to be right (farther than the configured threshold): the order editor warns',
        }),
      })
      .nullable()
      .meta({
        description:
          'The town the given address names (one of its words), with its distance from the point; null without an address or when it names none',
      }),
  })
)

export default class PlaceTransformer {
  static toJSON(place: FoundPlace): z.infer<typeof placeSchema> {
    return {
      name: place.name,
      kind: place.kind,
      country: place.country,
      region: place.region,
      lat: place.lat,
      lng: place.lng,
      source: place.source,
    }
  }

  static nearest(found: NearestPlace): z.infer<typeof nearestPlaceSchema> {
    return {
      place: found.place && PlaceTransformer.toJSON(found.place),
      distanceM: found.distanceM,
      atSea: found.atSea,
      named: found.named && {
        ...PlaceTransformer.toJSON(found.named),
        distanceM: found.named.distanceM,
        far: found.named.far,
      },
    }
  }
}
