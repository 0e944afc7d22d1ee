import { inject } from '@adonisjs/core'
import DomainException from '#core/exceptions/domain_exception'
import { isId } from '#core/validators/rules/number'
import Order from '#orders/models/order'
import type User from '#accounts/models/user'
import OrderAccessService from '#orders/services/order_access_service'
import FleetAccessService from '#fleet/services/fleet_access_service'
import { fleetScope } from '#tracking/fleet_scope'
import RoomAccess from '#realtime/services/room_access'
import { rooms } from '#realtime/rooms'

// Same answer for "missing" and "not yours": no probing for order ids.
const notFound = () => DomainException.notFound('Order')

/**
 * Who may watch which live room, asked at `watch` and again by realtime's
 * room reviews whenever an order's crew or a user's standing changes. An
 * order room follows the state machine's `watch` rule (the order's parties;
 * bidders read the load board over REST); a fleet room follows who may see
 * the dispatch board: admins and platform dispatchers see every fleet, a
 * carrier's dispatchers and owner see their own.
 */
@inject()
export default class WatchService {
  constructor(
    private access: OrderAccessService,
    private fleetAccess: FleetAccessService,
    private roomAccess: RoomAccess
  ) {}

  /** Gives realtime the rules of the `order:` and `fleet:` rooms (at boot). */
  registerRoomRules() {
    this.roomAccess.rule('order', async (user, room) => {
      const id = Number(room.slice('order:'.length))
      const order = isId(id) ? await Order.find(id) : null
      return order !== null && this.access.mayWatch(user, order)
    })
    this.roomAccess.rule('fleet', async (user, room) => {
      const scope = fleetScope(await this.fleetAccess.of(user))
      return scope !== null && (scope === 'all' || room === rooms.fleet(scope))
    })
  }

  async orderRoom(user: User, orderId: number) {
    const order = await Order.find(orderId)
    if (!order) throw notFound()
    if (!(await this.access.mayWatch(user, order))) throw notFound()
    return rooms.order(order.id)
  }

  async fleetRoom(user: User) {
    const scope = fleetScope(await this.fleetAccess.of(user))
    if (scope === null) {
      throw new DomainException('Only dispatchers and admins may watch a fleet', {
        status: 403,
        code: 'E_FORBIDDEN',
      })
    }
    return scope === 'all' ? rooms.platformFleet : rooms.fleet(scope)
  }
}
