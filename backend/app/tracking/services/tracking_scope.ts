import type User from '#accounts/models/user'
import { fleetAccess } from '#fleet/services/fleet_access'

/**
 * Whose live positions a user may see on the dispatch board (fleet room,
 * nearby drivers, exceptions): 'all' for admins and platform dispatchers,
 * their carrier's id for a carrier's dispatchers and owner, null for
 * everyone else (shippers follow their own orders' tracks instead).
 */
export async function fleetScopeOf(user: User): Promise<'all' | number | null> {
  const access = await fleetAccess(user)
  if (access.admin || access.platformDispatcher) return 'all'
  if (access.manager && access.carrierId !== null) return access.carrierId
  return null
}
