import Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'
import { standingOf, type Standing } from '#accounts/membership_rules'

/**
 * Who a user is to the fleet: their standing (accounts' membership rules,
 * the same that orders and tracking use). `manager`: the carrier's owner or
 * a dispatcher, who change its vehicles and papers.
 */
export type FleetAccess = Standing

export async function fleetAccess(user: User): Promise<FleetAccess> {
  const organisation = user.organisationId
    ? (user.organisation ?? (await Organisation.find(user.organisationId)))
    : null
  return standingOf(user, organisation)
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
