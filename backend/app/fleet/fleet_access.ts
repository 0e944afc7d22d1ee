import type { Standing } from '#accounts/membership_rules'

/**
 * Who a user is to the fleet: their standing (accounts' membership rules,
 * the same that orders and tracking use), read by `FleetAccessService.of`.
 * `manager`: the carrier's owner or a dispatcher, who change its vehicles
 * and papers.
 */
export type FleetAccess = Standing

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

/** May look at some fleet at all (its vehicles, papers): not shippers. */
export function seesAnyFleet(access: FleetAccess) {
  return access.admin || access.platformDispatcher || access.carrierId !== null
}
