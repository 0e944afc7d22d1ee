import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import Order from '#models/order'
import { actorsFor, isCarrierMember } from '#services/order_access'

/** Orders any carrier may look at: the load board. */
const OPEN_STATUSES = new Set(['posted', 'bidding'])

/**
 * Who may see and touch an order. `view` is also the rule for watching the
 * order's live room (`order:<id>`). Which transition each party may make is
 * the state machine's business (app/services/order_state_machine.ts).
 */
export default class OrderPolicy extends BasePolicy {
  /**
   * The shipper side (poster or same shipper organisation), the assigned
   * driver, the carrier organisation it is assigned to, platform
   * dispatchers and admins; any carrier while it is on the load board.
   */
  async view(user: User, order: Order) {
    if ((await actorsFor(user, order)).size > 0) return true
    if (!(await isCarrierMember(user))) return false
    if (order.carrierOrganisationId !== null && order.carrierOrganisationId === user.organisationId) {
      return true
    }
    return OPEN_STATUSES.has(order.status)
  }

  create(user: User) {
    return user.role === 'shipper'
  }

  /** Edit the draft (the service refuses once it is posted). */
  async update(user: User, order: Order) {
    return (await actorsFor(user, order)).has('shipper')
  }
}

/** The order a driver is working on now (assigned … in_transit), or null. */
export function findDriverActiveOrder(driverId: number) {
  return Order.activeForDriver(driverId)
}
