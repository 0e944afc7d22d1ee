import type { ApiDescription } from '#core/contract/api_description'
import { listSchema } from '#core/contract/response_schema'
import { unauthorized } from '#core/contract/words'
import { nearestPlaceSchema, placeSchema } from '#places/transformers/place_transformer'
import { nearestPlaceValidator, searchPlacesValidator } from '#places/validators/place'

const e422 = 'E_VALIDATION: a field is missing, out of range or malformed (`field` names it)'

export const placesApi: ApiDescription = {
  tag: {
    name: 'places',
    description:
      'Towns (GeoNames), ports, markets and border posts by name or by position, from a gazetteer shipped with the app; an online geocoder (Nominatim wire format) only when GEOCODER_URL is set.',
  },
  operations: {
    'GET /api/v1/places': {
      summary: 'Search places by name (any signed-in user)',
      description:
        'Trigram similarity on the name and its aliases, accents and case ignored ("thies" finds Thiès, "Port de Dakar" finds Port autonome de Dakar); the account\'s country first. When GEOCODER_URL is set and nothing matches well, the geocoder\'s results follow the gazetteer\'s.',
      request: searchPlacesValidator,
      responses: {
        200: { description: 'Best match first, at most 8', body: listSchema(placeSchema) },
        401: unauthorized,
        422: e422,
      },
    },
    'GET /api/v1/places/nearest': {
      summary: 'The nearest place to a point (any signed-in user)',
      description:
        'For "near Limuru" instead of numbers, and for the order editor\'s warnings: a pin in the sea, or far from the town its address names.',
      request: nearestPlaceValidator,
      responses: {
        200: { description: 'The nearest place', body: nearestPlaceSchema },
        401: unauthorized,
        422: e422,
      },
    },
  },
}
