import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import type { UserSuspended } from '#accounts/access_events'
import Bid from '#orders/models/bid'
import Order from '#orders/models/order'
import { ASSIGNED_BEFORE_PICKUP } from '#orders/order_state_machine'
import DispatchService from '#orders/services/dispatch_service'
import OrderEventService from '#orders/services/order_event_service'
import OrderTransitionService from '#orders/services/order_transition_service'

export const SUSPENSION_REASON = 'The driver was suspended by an administrator.'

/**
 * What orders take back from an account an admin suspends:
 * - its open bids (placed by them, or naming them as the driver) are
 *   withdrawn, so nobody accepts them;
 * - the loads assigned to them as driver and not yet picked up go back to
 *   the board (`unassign`, by the system, through DispatchService.release:
 *   the shipper, the carrier and the driver are told by notifications).
 *   Money paid into escrow stays with the order, as on any unassignment.
 * A load already picked up keeps its driver: the goods are on their truck,
 * and only an admin's reinstatement lets them sign in again to deliver it.
 * Each order is released in its own transaction: one that cannot be (it
 * moved meanwhile) does not keep the others.
 */
@inject()
export default class SuspendedWorkService {
  constructor(
    private transitions: OrderTransitionService,
    private dispatch: DispatchService,
    private events: OrderEventService
  ) {}

  async release({ userId, actorId }: UserSuspended) {
    const bids = await Bid.query()
      .where('status', 'open')
      .where((mine) => mine.where('bidder_id', userId).orWhere('driver_id', userId))
    for (const bid of bids) {
      await this.#guard({ userId, bidId: bid.id }, () => this.#withdraw(bid.id, actorId))
    }
    const orders = await Order.query()
      .where('assigned_driver_id', userId)
      .whereIn('status', [...ASSIGNED_BEFORE_PICKUP])
    for (const order of orders) {
      await this.#guard({ userId, orderId: order.id }, () =>
        this.#unassign(order.id, userId, actorId)
      )
    }
  }

  #withdraw(bidId: number, actorId: number) {
    return db.transaction(async (trx) => {
      const bid = await Bid.query({ client: trx }).where('id', bidId).firstOrFail()
      const order = await this.transitions.lock(bid.orderId, trx)
      const current = await Bid.query({ client: trx }).where('id', bidId).forUpdate().firstOrFail()
      if (current.status !== 'open') return
      current.merge({ status: 'withdrawn', decidedAt: DateTime.now(), decidedById: actorId })
      await current.save()
      await this.events.record(
        order,
        { type: 'bid_withdrawn', actorId, data: { bidId, reason: 'suspended' } },
        trx
      )
    })
  }

  #unassign(orderId: number, userId: number, actorId: number) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(orderId, trx)
      // Picked up (or reassigned) since it was read: not this suspension's to release.
      if (locked.assignedDriverId !== userId) return
      if (!ASSIGNED_BEFORE_PICKUP.includes(locked.status)) return
      await this.dispatch.release(
        locked,
        { actorId, as: ['system'], reason: SUSPENSION_REASON, data: { suspended: true } },
        trx
      )
    })
  }

  async #guard(subject: Record<string, number>, work: () => Promise<unknown>) {
    try {
      await work()
    } catch (error) {
      logger.error({ err: error, ...subject }, 'releasing a suspended account’s work failed')
    }
  }
}
