import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import Order from '#orders/models/order'

/**
 * How a person names a load: what it carries and where it goes
 * ("maize · Industrial Area, Nairobi → Mombasa"), never its database id.
 * The one rule: the API sends it as `Order.name`; notifications, earnings
 * and the audit log say it. The same in every language (the words are the
 * shipper's own).
 */
export function orderName(order: Pick<Order, 'cargoKind' | 'pickupAddress' | 'dropoffAddress'>) {
  return `${order.cargoKind} · ${order.pickupAddress} → ${order.dropoffAddress}`
}

/** The name of the order with this id (null: none, or no such order); `client` inside a transaction. */
export async function orderNameOf(orderId: number | null, client?: QueryClientContract) {
  if (!orderId) return null
  const order = await Order.find(orderId, { client })
  return order ? orderName(order) : null
}
