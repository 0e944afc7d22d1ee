import Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'

/**
 * Who a user is to the fleet. Shared by the fleet policies and services so
 * "can see" and "can change" mean the same thing everywhere.
 */
export interface FleetAccess {
  admin: boolean
  /** Platform dispatchers see every carrier's fleet (read-only) to dispatch. */
  platformDispatcher: boolean
  /** The carrier the user belongs to, if any. */
  carrierId: number | null
  /** Owner or dispatcher of that carrier: manages its vehicles and documents. */
  manager: boolean
}

export async function fleetAccess(user: User): Promise<FleetAccess> {
  const organisation = user.organisationId
    ? (user.organisation ?? (await Organisation.find(user.organisationId)))
    : null
  const carrierId = organisation?.kind === 'carrier' ? organisation.id : null
  return {
    admin: user.role === 'admin',
    platformDispatcher: organisation?.kind === 'platform' && user.role === 'dispatcher',
    carrierId,
    manager:
      carrierId !== null && (user.role === 'dispatcher' || organisation?.ownerId === user.id),
  }
}

/** May see (not necessarily change) records of the carrier `organisationId`. */
export function seesCarrier(access: FleetAccess, organisationId: number | null) {
  return (
    access.admin ||
    access.platformDispatcher ||
    (access.carrierId !== null && access.carrierId === organisationId)
  )
}

/** May change the fleet of the carrier `organisationId`. */
export function managesCarrier(access: FleetAccess, organisationId: number | null) {
  return access.admin || (access.manager && access.carrierId === organisationId)
}
