import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import Order from '#orders/models/order'
import type Bid from '#orders/models/bid'
import {
  actorsFor,
  isCarrierMember,
  isPlatformDispatcher,
  type OrderActor,
} from '#orders/services/order_access'

/** Orders any carrier may look at: the load board. */
const OPEN_STATUSES = new Set(['posted', 'bidding'])

async function actsAs(user: User, order: Order, ...wanted: OrderActor[]) {
  const actors = await actorsFor(user, order)
  return wanted.some((actor) => actors.has(actor))
}

/**
 * Who may see and touch an order. Controllers answer 404 when `view` says
 * no (the order is not revealed) and 403 when a visible order's action is
 * refused. `view` is also the rule for watching the order's live room
 * (`order:<id>`). The state an action needs is the state machine's business
 * (app/services/order_state_machine.ts, 409 E_INVALID_STATE).
 */
export default class OrderPolicy extends BasePolicy {
  /**
   * The shipper side (poster or same shipper organisation), the assigned
   * driver, the carrier organisation it is assigned to, platform
   * dispatchers and admins; any carrier while it is on the load board.
   */
  async view(user: User, order: Order) {
    const actors = await actorsFor(user, order)
    if (actors.size > 0) return true
    if (!(await isCarrierMember(user))) return false
    if (
      order.carrierOrganisationId !== null &&
      order.carrierOrganisationId === user.organisationId
    ) {
      return true
    }
    return OPEN_STATUSES.has(order.status)
  }

  create(user: User) {
    return user.role === 'shipper'
  }

  /** Edit or publish the draft. */
  async update(user: User, order: Order) {
    return actsAs(user, order, 'shipper')
  }

  async cancel(user: User, order: Order) {
    return actsAs(user, order, 'shipper', 'platform', 'admin')
  }

  /** Drivers and carrier dispatchers bid for their carrier. */
  async bid(user: User) {
    return isCarrierMember(user)
  }

  /** Every bid with carrier and vehicle: the shipper side and platform staff. */
  async viewAllBids(user: User, order: Order) {
    return actsAs(user, order, 'shipper', 'platform', 'admin')
  }

  async acceptBid(user: User, order: Order) {
    return actsAs(user, order, 'shipper', 'platform', 'admin')
  }

  /**
   * Direct assignment and suggestions: platform staff for any order, a
   * carrier's dispatchers with their own fleet.
   */
  async dispatch(user: User, order: Order) {
    if (await actsAs(user, order, 'platform', 'admin', 'carrier')) return true
    return (
      user.role === 'dispatcher' && (await isCarrierMember(user)) && OPEN_STATUSES.has(order.status)
    )
  }

  /** Reassign or unassign: the assigned carrier's dispatchers and platform staff. */
  async reassign(user: User, order: Order) {
    return actsAs(user, order, 'carrier', 'platform', 'admin')
  }

  /** The driver's moves (pickup pending … delivered) and the proof of delivery. */
  async drive(user: User, order: Order) {
    return actsAs(user, order, 'driver', 'carrier', 'platform')
  }

  async submitProof(user: User, order: Order) {
    return actsAs(user, order, 'driver')
  }

  async confirmDelivery(user: User, order: Order) {
    return actsAs(user, order, 'shipper', 'admin')
  }

  async dispute(user: User, order: Order) {
    return actsAs(user, order, 'shipper')
  }

  resolveDispute(user: User) {
    return user.role === 'admin'
  }

  /** Both sides rate each other: the shipper side, and the carrier (its dispatchers or the driver). */
  async rate(user: User, order: Order) {
    return actsAs(user, order, 'shipper', 'carrier', 'driver')
  }

  /** Proof-of-delivery files: the parties to the order and platform staff. */
  async viewProof(user: User, order: Order) {
    return actsAs(user, order, 'shipper', 'driver', 'carrier', 'platform', 'admin')
  }

  /** A carrier's own bid: its dispatchers, or the driver who placed it. */
  async manageBid(user: User, bid: Bid) {
    if (!(await isCarrierMember(user)) || bid.carrierOrganisationId !== user.organisationId)
      return false
    return user.role === 'dispatcher' || bid.bidderId === user.id
  }

  async viewBid(user: User, order: Order, bid: Bid) {
    if (await this.viewAllBids(user, order)) return true
    return (await isCarrierMember(user)) && bid.carrierOrganisationId === user.organisationId
  }

  /** Platform dispatchers and admins see all orders; others their own. */
  async listAll(user: User) {
    return user.role === 'admin' || (await isPlatformDispatcher(user))
  }
}

/** The order a driver is working on now (assigned … in_transit), or null. */
export function findDriverActiveOrder(driverId: number) {
  return Order.activeForDriver(driverId)
}
