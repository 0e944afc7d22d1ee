import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Order, { type OrderStatus } from '#orders/models/order'
import type { LatLng } from '#core/models/geo_point'
import type { Party } from '#orders/order_parties'
import logger from '@adonisjs/core/services/logger'
import OrderEventService from '#orders/services/order_event_service'
import OrderAccessService from '#orders/services/order_access_service'
import OrderPayments from '#orders/services/order_payments'
import RoomAccess from '#realtime/services/room_access'
import { rooms } from '#realtime/rooms'
import {
  assertAllowed,
  eventOf,
  targetOf,
  type OrderFacts,
  type OrderMove,
} from '#orders/order_state_machine'

export interface TransitionContext {
  /** The user making the move, null for the system. */
  actorId: number | null
  /** How that user stands towards the order (OrderAccessService.partiesOf), or ['system']. */
  as: Iterable<Party>
  /** What the move's requirements read (order_state_machine.ts). */
  facts?: Partial<OrderFacts>
  position?: LatLng | null
  data?: Record<string, unknown>
  /** Extra changes applied to the order in the same save (assignee, reason...). */
  changes?: Partial<Order>
}

const STAMPS: Partial<Record<OrderStatus, keyof Order>> = {
  posted: 'postedAt',
  assigned: 'assignedAt',
  picked_up: 'pickedUpAt',
  delivered: 'deliveredAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
}

/**
 * Moves an order: under its row lock, checked by the state machine, with
 * its timeline event in the same transaction.
 */
@inject()
export default class OrderTransitionService {
  constructor(
    private events: OrderEventService,
    private access: OrderAccessService,
    private payments: OrderPayments,
    private roomAccess: RoomAccess
  ) {}

  /** Re-reads the order under a row lock; moves must start from it. */
  lock(orderId: number, trx: TransactionClientContract) {
    return Order.query({ client: trx }).where('orders.id', orderId).forUpdate().firstOrFail()
  }

  /**
   * Applies a move to an order read with `lock()` inside `trx`: checks it,
   * saves the new status (plus `changes`) and writes the timeline event.
   */
  async apply(
    order: Order,
    move: OrderMove,
    context: TransitionContext,
    trx: TransactionClientContract
  ) {
    assertAllowed(order, move, new Set(context.as), context.facts)
    const from = order.status
    const to = targetOf(move)
    order.useTransaction(trx)
    if (context.changes) order.merge(context.changes)
    // The commission is fixed when a carrier gets the order, as both sides agree to it then.
    if (context.changes && 'carrierOrganisationId' in context.changes) {
      order.commissionBasisPoints = order.carrierOrganisationId
        ? this.payments.commissionFor(order)
        : null
    }
    order.status = to
    const stamp = STAMPS[to]
    if (stamp) (order as unknown as Record<string, DateTime>)[stamp] = DateTime.now()
    await order.save()
    // Escrow is settled with the completion (refunded with the cancellation), or neither happens.
    if (to === 'completed') await this.payments.completed(order, trx)
    if (to === 'cancelled') await this.payments.cancelled(order, trx)
    await this.reviewWatchers(order, trx)
    return this.events.record(
      order,
      {
        type: eventOf(move),
        actorId: context.actorId,
        position: context.position,
        data: { from, to, ...context.data },
      },
      trx
    )
  }

  /**
   * Before the commit makes the new state visible (to GPS ingest among
   * others), the order's room keeps only those the new state lets watch it;
   * the event's announcement reviews it again after the commit.
   */
  private async reviewWatchers(order: Order, trx: TransactionClientContract) {
    await this.roomAccess
      .reviewRoom(rooms.order(order.id), {
        check: (user) => this.access.mayWatch(user, order, trx),
        client: trx,
      })
      .catch((error) => logger.error({ err: error, orderId: order.id }, 'order room review failed'))
  }
}
