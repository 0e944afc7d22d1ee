import { inject } from '@adonisjs/core'
import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import type Order from '#orders/models/order'
import type Bid from '#orders/models/bid'
import type { OrderParty } from '#orders/order_parties'
import OrderAccessService from '#orders/services/order_access_service'
import { mayEver, type OrderAction } from '#orders/order_state_machine'

const any = (parties: Set<OrderParty>, ...wanted: OrderParty[]) =>
  wanted.some((party) => parties.has(party))

/**
 * Who may see and touch an order. Controllers answer 404 when `view` says
 * no (the order is not revealed) and 403 when a visible order's action is
 * not the caller's side's. Both questions go to the state machine
 * (order_state_machine.ts), which the services ask again on the locked
 * order (409 E_INVALID_STATE). `view` is also the rule for watching the
 * order's live room (`order:<id>`).
 */
@inject()
export default class OrderPolicy extends BasePolicy {
  constructor(private access: OrderAccessService) {
    super()
  }

  /**
   * The shipper side, the assigned driver, the carrier it is assigned to,
   * platform dispatchers and admins; any carrier while it is on the load board.
   */
  async view(user: User, order: Order) {
    return this.access.sees(user, order)
  }

  /** Whether the user's side may take `action` on this order in some state. */
  async act(user: User, order: Order, action: OrderAction) {
    return mayEver(action, await this.access.partiesOf(user, order))
  }

  /** Actions checked before the order is looked up (resolving disputes: admins). */
  async actOnAny(user: User, action: OrderAction) {
    return mayEver(action, await this.access.generalParties(user))
  }

  /**
   * The disputes' read views (list and case: timeline, track, proof,
   * evidence): admins, and platform dispatchers, who run the operations
   * around them. Deciding stays the admins' (`resolveDispute`), and so
   * does the conversation (`readChat`).
   */
  async reviewDisputes(user: User) {
    return any(await this.access.generalParties(user), 'admin', 'platform')
  }

  create(user: User) {
    return user.role === 'shipper'
  }

  /** Every bid with carrier and vehicle: the shipper side and platform staff. */
  async viewAllBids(user: User, order: Order) {
    return any(await this.access.partiesOf(user, order), 'shipper', 'platform', 'admin')
  }

  /** Delivery files (proof of delivery, dispute evidence): the parties to the order and platform staff. */
  async viewProof(user: User, order: Order) {
    const parties = await this.access.partiesOf(user, order)
    return any(parties, 'shipper', 'driver', 'carrier', 'platform', 'admin')
  }

  /** A carrier's own bid: the people who run the carrier, or the driver who placed it. */
  async manageBid(user: User, bid: Bid) {
    const { standing } = await this.access.actorOf(user)
    if (standing.carrierId === null || bid.carrierOrganisationId !== standing.carrierId)
      return false
    return standing.manager || bid.bidderId === user.id
  }

  async viewBid(user: User, order: Order, bid: Bid) {
    if (await this.viewAllBids(user, order)) return true
    const { standing } = await this.access.actorOf(user)
    return standing.carrierId !== null && bid.carrierOrganisationId === standing.carrierId
  }
}
