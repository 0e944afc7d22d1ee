import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OrderPolicy from '#orders/policies/order_policy'
import OrderService from '#orders/services/order_service'
import RatingService from '#orders/services/rating_service'
import RatingTransformer from '#orders/transformers/rating_transformer'
import { rateValidator, ratingProfileValidator } from '#orders/validators/delivery'

/** Ratings after completion, and the averages shown on profiles. */
@inject()
export default class RatingsController {
  constructor(
    private orders: OrderService,
    private ratings: RatingService
  ) {}

  /** POST /api/v1/orders/:id/rate {score, comment?} */
  async store({ auth, bouncer, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { params, ...input } = await request.validateUsing(rateValidator)
    const order = await this.orders.findVisibleTo(user, params.id)
    await bouncer.with(OrderPolicy).authorize('act', order, 'rate')
    const rating = await this.ratings.rate(order, user, input)
    return response.created(RatingTransformer.toJSON(rating))
  }

  /** GET /api/v1/ratings/organisations/:id: average, count and the latest comments. */
  async organisation({ request }: HttpContext) {
    const { params } = await request.validateUsing(ratingProfileValidator)
    const summary = await this.ratings.summaryForOrganisation(params.id)
    const recent = await this.ratings.recentForOrganisation(params.id)
    return RatingTransformer.organisation(params.id, summary, recent)
  }

  /** GET /api/v1/ratings/users/:id: for shippers who post without an organisation, and drivers. */
  async user({ request }: HttpContext) {
    const { params } = await request.validateUsing(ratingProfileValidator)
    return RatingTransformer.user(params.id, await this.ratings.summaryForUser(params.id))
  }
}
