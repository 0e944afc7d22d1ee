import type { OrganisationKind } from '#accounts/models/organisation'
import type { Role } from '#accounts/models/user'

/** Which roles belong in which kind of organisation. */
export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
  carrier: ['driver', 'dispatcher'],
  shipper: ['shipper'],
  platform: ['dispatcher', 'admin'],
}

export function roleFitsKind(role: Role, kind: OrganisationKind) {
  return ROLES_BY_KIND[kind].includes(role)
}

/** The kind of organisation a self-registered user founds. */
export function kindFoundedBy(role: Role): OrganisationKind | null {
  if (role === 'driver') return 'carrier'
  if (role === 'shipper') return 'shipper'
  return null
}
