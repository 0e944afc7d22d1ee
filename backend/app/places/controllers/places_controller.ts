import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { accountCountry } from '#accounts/account_country'
import PlacePolicy from '#places/policies/place_policy'
import PlaceService from '#places/services/place_service'
import PlaceTransformer from '#places/transformers/place_transformer'
import { nearestPlaceValidator, searchPlacesValidator } from '#places/validators/place'

@inject()
export default class PlacesController {
  constructor(private places: PlaceService) {}

  /** GET /api/v1/places?q= */
  async index({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PlacePolicy).authorize('search')
    const { q } = await request.validateUsing(searchPlacesValidator)
    const user = auth.getUserOrFail()
    if (user.organisationId) await user.load('organisation')
    const found = await this.places.search(q, {
      country: accountCountry(user),
      language: user.locale,
    })
    return { data: found.map((place) => PlaceTransformer.toJSON(place)) }
  }

  /** GET /api/v1/places/nearest?lat=&lng=&address= */
  async nearest({ bouncer, request }: HttpContext) {
    await bouncer.with(PlacePolicy).authorize('search')
    const { lat, lng, address } = await request.validateUsing(nearestPlaceValidator)
    return PlaceTransformer.nearest(await this.places.nearest({ lat, lng }, address))
  }
}
