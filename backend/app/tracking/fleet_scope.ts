import type { FleetAccess } from '#fleet/fleet_access'

/** 'all' fleets, one carrier's, or none. */
export type FleetScope = 'all' | number | null

/**
 * Whose live positions a user may see on the dispatch board (fleet room,
 * nearby drivers, exceptions): 'all' for admins and platform dispatchers,
 * their carrier's id for a carrier's dispatchers and owner, null for
 * everyone else (shippers follow their own orders' tracks instead).
 */
export function fleetScope(access: FleetAccess): FleetScope {
  if (access.admin || access.platformDispatcher) return 'all'
  if (access.manager && access.carrierId !== null) return access.carrierId
  return null
}
