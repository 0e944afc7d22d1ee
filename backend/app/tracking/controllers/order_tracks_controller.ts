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
  async show({ bouncer, params, request }: HttpContext) {
    const id = Number(params.id)
    const order = Number.isSafeInteger(id) && id > 0 ? await Order.find(id) : null
    if (!order || (await bouncer.with(OrderPolicy).denies('view', order))) {
      throw new DomainException('Order not found', { status: 404, code: 'E_NOT_FOUND' })
    }
    const bounds = await trackQueryValidator.validate(request.qs())
    return this.tracks.show(order, bounds as { from?: number; to?: number })
  }
}
