import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import Order, { type OrderStatus } from '#orders/models/order'
import type { LatLng } from '#core/models/geo_point'
import type { OrderActor } from '#orders/services/order_access'
import OrderEventService from '#orders/services/order_event_service'

/** `system` is the platform itself: first bid, auto-completion. */
export type TransitionActor = OrderActor | 'system'

export interface Transition {
  from: OrderStatus[]
  to: OrderStatus
  by: TransitionActor[]
  /** Timeline event type when it is not simply the new status. */
  event?: string
}

const BEFORE_PICKUP: OrderStatus[] = ['draft', 'posted', 'bidding', 'assigned', 'pickup_pending']

/**
 * Every move of the order lifecycle (docs/architecture.md) and who may make it.
 * Names are the keys services use; the same `to` may be reached by several.
 */
export const TRANSITIONS = {
  post: { from: ['draft'], to: 'posted', by: ['shipper'] },
  openBidding: { from: ['posted'], to: 'bidding', by: ['system'] },
  assign: {
    from: ['posted', 'bidding'],
    to: 'assigned',
    by: ['shipper', 'carrier', 'platform', 'admin'],
  },
  reassign: {
    from: ['assigned', 'pickup_pending'],
    to: 'assigned',
    by: ['carrier', 'platform', 'admin'],
    event: 'reassigned',
  },
  unassign: {
    from: ['assigned', 'pickup_pending'],
    to: 'posted',
    by: ['carrier', 'platform', 'admin'],
    event: 'unassigned',
  },
  startPickup: {
    from: ['assigned'],
    to: 'pickup_pending',
    by: ['driver', 'carrier', 'platform'],
  },
  pickUp: { from: ['pickup_pending'], to: 'picked_up', by: ['driver'] },
  depart: { from: ['picked_up'], to: 'in_transit', by: ['driver'] },
  deliver: { from: ['in_transit'], to: 'delivered', by: ['driver'] },
  confirmDelivery: { from: ['delivered'], to: 'completed', by: ['shipper', 'admin'] },
  autoComplete: { from: ['delivered'], to: 'completed', by: ['system'], event: 'auto_completed' },
  dispute: { from: ['delivered'], to: 'disputed', by: ['shipper'] },
  resolve: { from: ['disputed'], to: 'resolved', by: ['admin'] },
  cancelDispute: { from: ['disputed'], to: 'cancelled', by: ['admin'] },
  cancel: { from: BEFORE_PICKUP, to: 'cancelled', by: ['shipper', 'platform', 'admin'] },
} satisfies Record<string, Transition>

export type TransitionName = keyof typeof TRANSITIONS

/** The driver's moves through `POST /orders/:id/status`. */
export const DRIVER_STATUS_MOVES = {
  pickup_pending: 'startPickup',
  picked_up: 'pickUp',
  in_transit: 'depart',
  delivered: 'deliver',
} as const satisfies Partial<Record<OrderStatus, TransitionName>>

const STAMPS: Partial<Record<OrderStatus, keyof Order>> = {
  posted: 'postedAt',
  assigned: 'assignedAt',
  picked_up: 'pickedUpAt',
  delivered: 'deliveredAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
}

export interface TransitionContext {
  /** The user making the move, null for the system. */
  actorId: number | null
  /** How that user stands towards the order (see order_access.ts), or ['system']. */
  as: Iterable<TransitionActor>
  position?: LatLng | null
  data?: Record<string, unknown>
  /** Extra changes applied to the order in the same save (assignee, reason...). */
  changes?: Partial<Order>
}

export default class OrderStateMachine {
  /** Throws 409 E_INVALID_STATE (naming the current state) or 403 E_AUTHORIZATION_FAILURE. */
  static assertCan(order: Order, name: TransitionName, as: Iterable<TransitionActor>) {
    const transition: Transition = TRANSITIONS[name]
    const actors = new Set(as)
    if (!transition.by.some((actor) => actors.has(actor))) {
      throw new DomainException(`You may not move this order to ${transition.to}.`, {
        status: 403,
        code: 'E_AUTHORIZATION_FAILURE',
      })
    }
    if (!transition.from.includes(order.status)) {
      throw new DomainException(
        `Order ${order.id} is ${order.status}; it cannot move to ${transition.to} (allowed from ${transition.from.join(', ')}).`,
        { status: 409, code: 'E_INVALID_STATE' }
      )
    }
  }

  static can(order: Order, name: TransitionName, as: Iterable<TransitionActor>) {
    try {
      this.assertCan(order, name, as)
      return true
    } catch {
      return false
    }
  }

  /** Re-reads the order under a row lock; transitions must start from it. */
  static lock(orderId: number, trx: TransactionClientContract) {
    return Order.query({ client: trx }).where('orders.id', orderId).forUpdate().firstOrFail()
  }

  /**
   * Applies a transition to an order read with `lock()` inside `trx`: checks
   * it, saves the new status (plus `changes`) and writes the timeline event.
   */
  static async apply(
    order: Order,
    name: TransitionName,
    context: TransitionContext,
    trx: TransactionClientContract
  ) {
    this.assertCan(order, name, context.as)
    const transition: Transition = TRANSITIONS[name]
    const from = order.status
    order.useTransaction(trx)
    if (context.changes) order.merge(context.changes)
    order.status = transition.to
    const stamp = STAMPS[transition.to]
    if (stamp) (order as unknown as Record<string, DateTime>)[stamp] = DateTime.now()
    await order.save()
    const event = await OrderEventService.record(
      order,
      {
        type: transition.event ?? transition.to,
        actorId: context.actorId,
        position: context.position,
        data: { from, to: transition.to, ...context.data },
      },
      trx
    )
    return event
  }
}
