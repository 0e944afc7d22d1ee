import app from '@adonisjs/core/services/app'
import { Bouncer } from '@adonisjs/bouncer'
import * as abilities from '#core/abilities/main'
import { policies } from '#generated/policies'
import DomainException from '#core/exceptions/domain_exception'
import Order from '#orders/models/order'
import type User from '#accounts/models/user'
import { fleetScopeOf } from '#tracking/services/tracking_scope'
import { rooms } from '#realtime/rooms'

/**
 * Who may watch which live room. An order room follows the same policy as
 * `GET /api/v1/orders/:id`; the fleet follows who may see the dispatch
 * board: admins and platform dispatchers see every fleet, a carrier's
 * dispatchers and owner see their own.
 */
export default class WatchService {
  static async orderRoom(user: User, orderId: number) {
    const order = await Order.find(orderId)
    const bouncer = new Bouncer(user, abilities, policies).setContainerResolver(
      app.container.createResolver()
    )
    if (!order || (await bouncer.with('OrderPolicy').denies('view', order))) {
      // Same answer for "missing" and "not yours": no probing for order ids.
      throw new DomainException('Order not found', { status: 404, code: 'E_NOT_FOUND' })
    }
    return rooms.order(order.id)
  }

  static async fleetRoom(user: User) {
    const scope = await fleetScopeOf(user)
    if (scope === null) {
      throw new DomainException('Only dispatchers and admins may watch a fleet', {
        status: 403,
        code: 'E_FORBIDDEN',
      })
    }
    return scope === 'all' ? rooms.platformFleet : rooms.fleet(scope)
  }
}
