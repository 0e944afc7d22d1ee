import type Order from '#orders/models/order'
import OrderEvent from '#orders/models/order_event'

/** An order's timeline: every transition and reported fact, oldest first. */
export default class OrderTimelineService {
  forOrder(order: Order) {
    return OrderEvent.query()
      .where('order_id', order.id)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
  }
}
