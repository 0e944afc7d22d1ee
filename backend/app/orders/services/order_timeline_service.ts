import { inject } from '@adonisjs/core'
import type User from '#accounts/models/user'
import type Order from '#orders/models/order'
import OrderEvent from '#orders/models/order_event'
import OrderAccessService from '#orders/services/order_access_service'
import OrderTransformer from '#orders/transformers/order_transformer'
import { crewView } from '#orders/crew_periods'

/**
 * An order's timeline: every transition and reported fact, oldest first.
 * The shipper side and platform staff read all of it; a carrier reads what
 * concerns no crew and its own crews' part (crew_periods.ts).
 */
@inject()
export default class OrderTimelineService {
  constructor(private access: OrderAccessService) {}

  async forViewer(order: Order, user: User) {
    const events = await OrderEvent.query()
      .where('order_id', order.id)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
    const lines = events.map((event) => OrderTransformer.event(event))
    const actor = await this.access.actorOf(user)
    const parties = await this.access.partiesOf(user, order)
    if (parties.has('shipper') || parties.has('platform') || parties.has('admin')) return lines
    return crewView(lines, actor.standing.carrierId, order.carrierOrganisationId)
  }
}
