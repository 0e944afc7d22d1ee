import type User from '#accounts/models/user'
import type Order from '#orders/models/order'
import Organisation from '#accounts/models/organisation'

/**
 * How a user stands towards one order. The state machine says which of
 * these may make each transition; the order policy says who may see what.
 * - shipper: posted it, or belongs to the shipper organisation that owns it
 * - driver: the driver assigned to it
 * - carrier: a dispatcher of the carrier organisation it is assigned to
 * - platform: a dispatcher of the platform organisation
 * - admin: an administrator
 */
export type OrderActor = 'shipper' | 'driver' | 'carrier' | 'platform' | 'admin'

/** The kind of organisation the user belongs to (loads it once per user instance). */
export async function organisationKindOf(user: User) {
  if (!user.organisationId) return null
  if (!user.$preloaded.organisation) {
    const organisation = await Organisation.find(user.organisationId)
    if (!organisation) return null
    user.$setRelated('organisation', organisation)
  }
  return user.organisation.kind
}

export async function isPlatformDispatcher(user: User) {
  return user.role === 'dispatcher' && (await organisationKindOf(user)) === 'platform'
}

/** A driver or dispatcher of a carrier organisation: the people who bid and haul. */
export async function isCarrierMember(user: User) {
  return (
    (user.role === 'driver' || user.role === 'dispatcher') &&
    (await organisationKindOf(user)) === 'carrier'
  )
}

export async function actorsFor(user: User, order: Order): Promise<Set<OrderActor>> {
  const actors = new Set<OrderActor>()
  if (user.role === 'admin') actors.add('admin')
  if (
    user.role === 'shipper' &&
    (order.shipperId === user.id ||
      (order.shipperOrganisationId !== null && order.shipperOrganisationId === user.organisationId))
  ) {
    actors.add('shipper')
  }
  if (user.role === 'driver' && order.assignedDriverId === user.id) actors.add('driver')
  if (
    user.role === 'dispatcher' &&
    order.carrierOrganisationId !== null &&
    order.carrierOrganisationId === user.organisationId
  ) {
    actors.add('carrier')
  }
  if (await isPlatformDispatcher(user)) actors.add('platform')
  return actors
}
