import type User from '#accounts/models/user'
import type { Standing } from '#accounts/membership_rules'
import type Order from '#orders/models/order'
import type { RatingDirection } from '#orders/models/rating'
import { drives } from '#accounts/membership_rules'

/**
 * How a user stands towards one order. The state machine says which of
 * these may take each action in each state (order_state_machine.ts).
 * - shipper: posted it, or belongs to the shipper organisation that owns it
 * - driver: the driver assigned to it
 * - carrier: runs the carrier it is assigned to (owner or dispatcher)
 * - crew: any member of the carrier it is assigned to (its drivers too)
 * - bidder: a member of any carrier: bids for it on the load board
 * - newcomer: a driver not yet in a carrier: reads the load board, cannot bid
 * - fleet: runs any carrier: may put its own fleet on an open order
 * - platform: a dispatcher of the platform organisation
 * - admin: an administrator
 * "Runs a carrier" is accounts' one rule (`standingOf`), shared with fleet.
 */
export type OrderParty =
  'shipper' | 'driver' | 'carrier' | 'crew' | 'bidder' | 'newcomer' | 'fleet' | 'platform' | 'admin'

/** `system` is the platform itself: first bid, automatic completion. */
export type Party = OrderParty | 'system'

/** A user with their standing, read once per request (OrderAccessService.actorOf). */
export interface Actor {
  user: User
  standing: Standing
}

/** The parties a user is whatever the order: admin, platform, bidder, newcomer, fleet. */
export function generalParties({ user, standing }: Actor) {
  const parties = new Set<OrderParty>()
  if (standing.admin) parties.add('admin')
  if (standing.platformDispatcher) parties.add('platform')
  if (standing.carrierId !== null) parties.add('bidder')
  else if (drives(user.role)) parties.add('newcomer')
  if (standing.manager) parties.add('fleet')
  return parties
}

export function partiesOf(actor: Actor, order: Order) {
  const { user, standing } = actor
  const parties = generalParties(actor)
  const sameShipper =
    order.shipperId === user.id ||
    (order.shipperOrganisationId !== null && order.shipperOrganisationId === user.organisationId)
  if (user.role === 'shipper' && sameShipper) parties.add('shipper')
  if (drives(user.role) && order.assignedDriverId === user.id) parties.add('driver')
  if (standing.carrierId !== null && order.carrierOrganisationId === standing.carrierId) {
    parties.add('crew')
    if (standing.manager) parties.add('carrier')
  }
  return parties
}

/** Whose rating a party gives: the shipper side rates the carrier, the carrier side the shipper. */
export function ratingDirectionOf(parties: ReadonlySet<Party>): RatingDirection {
  return parties.has('shipper') ? 'shipper_to_carrier' : 'carrier_to_shipper'
}
