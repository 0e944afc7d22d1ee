import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import Order from '#orders/models/order'
import OrderPolicy from '#orders/policies/order_policy'
import OrderTrackService from '#tracking/services/order_track_service'
import { trackQueryValidator } from '#tracking/validators/tracking'

@inject()
export default class OrderTracksController {
  constructor(private tracks: OrderTrackService) {}

  /** GET /api/v1/orders/:id/track?from&to — whoever may read the order may read its track. */
  async show({ bouncer, request }: HttpContext) {
    const { params, ...bounds } = await request.validateUsing(trackQueryValidator)
    const order = await Order.find(params.id)
    if (!order || (await bouncer.with(OrderPolicy).denies('view', order))) {
      throw DomainException.notFound('Order')
    }
    return this.tracks.show(order, bounds as { from?: number; to?: number })
  }
}
