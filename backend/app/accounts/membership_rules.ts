import type Organisation from '#accounts/models/organisation'
import type { OrganisationKind } from '#accounts/models/organisation'
import type { Role } from '#accounts/models/user'
import type User from '#accounts/models/user'

/**
 * Who drives, by their role now (null: no such account): they send positions
 * (every way in), go on duty, pair a tracker app, take loads and milk routes.
 */
export function drives(role: Role | null | undefined) {
  return role === 'driver'
}

/** Whether `user` drives for the carrier `carrierId` now: a driver who belongs to it (none: nobody). */
export function drivesFor(user: User | null, carrierId: number | null): user is User {
  return (
    user !== null && carrierId !== null && drives(user.role) && user.organisationId === carrierId
  )
}

/** Which roles belong in which kind of organisation. */
export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
  carrier: ['driver', 'dispatcher'],
  shipper: ['shipper'],
  platform: ['dispatcher', 'admin'],
  cooperative: ['dispatcher', 'clerk', 'grader'],
}

/** The roles an organisation gives its members (admins are made by admins, not by joining). */
export const MEMBER_ROLES = [
  'driver',
  'dispatcher',
  'shipper',
  'clerk',
  'grader',
] as const satisfies readonly Role[]
export type MemberRole = (typeof MEMBER_ROLES)[number]

export function roleFitsKind(role: Role, kind: OrganisationKind) {
  return ROLES_BY_KIND[kind].includes(role)
}

/** The kind of organisation a self-registered user founds. */
export function kindFoundedBy(role: Role): OrganisationKind | null {
  if (role === 'driver') return 'carrier'
  if (role === 'shipper') return 'shipper'
  return null
}

/**
 * Who runs an organisation: its owner and its dispatchers, while they belong
 * to it. They add its members; for a carrier, they change its fleet, watch
 * it live and act for it on its orders (its drivers bid and drive).
 */
export function runsOrganisation(user: User, organisation: Organisation) {
  return (
    user.organisationId === organisation.id &&
    (organisation.ownerId === user.id || user.role === 'dispatcher')
  )
}

/** The organisation's owner, while they belong to it. */
export function ownsOrganisation(user: User, organisation: Organisation) {
  return user.organisationId === organisation.id && organisation.ownerId === user.id
}

/**
 * Whether `user` may add a member with `role` to `organisation`: an admin
 * always; otherwise those who run it (`runsOrganisation`), never platform
 * staff (the admin endpoints make them), and a dispatcher only by the owner:
 * a dispatcher acts for the whole organisation, so a dispatcher cannot
 * multiply dispatchers.
 */
export function mayAddMember(user: User, organisation: Organisation, role: Role) {
  if (user.role === 'admin') return true
  if (organisation.kind === 'platform') return false
  if (role === 'dispatcher') return ownsOrganisation(user, organisation)
  return runsOrganisation(user, organisation)
}

/**
 * Why `user` may not leave `organisation` by themselves, or null when they
 * may: the owner stays (they would leave it without one), and platform staff
 * are made and unmade by admins, not by leaving. The organisation in the API
 * says it (`canLeave`) and the leave endpoint refuses with 409 by it.
 */
export function leaveRefusal(user: User, organisation: Organisation): 'owner' | 'platform' | null {
  if (organisation.ownerId === user.id) return 'owner'
  if (organisation.kind === 'platform') return 'platform'
  return null
}

/** Whether `user`, a member of `organisation`, may leave it now (`leaveRefusal`). */
export function mayLeave(user: User, organisation: Organisation) {
  return user.organisationId === organisation.id && leaveRefusal(user, organisation) === null
}

/** The roles `user` may give a new member of `organisation` now (none: they may not add). */
export function memberRolesFor(user: User, organisation: Organisation): MemberRole[] {
  return MEMBER_ROLES.filter(
    (role) => roleFitsKind(role, organisation.kind) && mayAddMember(user, organisation, role)
  )
}

/**
 * How a user stands on the platform, from their role and organisation: the
 * one definition of "who is the carrier" that fleet, orders and tracking use.
 */
export interface Standing {
  admin: boolean
  /** A dispatcher of the platform organisation: sees every carrier's fleet and orders. */
  platformDispatcher: boolean
  /** The carrier organisation the user drives or dispatches for, if any. */
  carrierId: number | null
  /** Runs that carrier (`runsOrganisation`): its owner, even when they drive, or a dispatcher. */
  manager: boolean
}

/** `organisation` is the user's own (null when they have none). */
export function standingOf(user: User, organisation: Organisation | null): Standing {
  const own = organisation && organisation.id === user.organisationId ? organisation : null
  const carrier = own?.kind === 'carrier' && roleFitsKind(user.role, 'carrier') ? own : null
  return {
    admin: user.role === 'admin',
    platformDispatcher: own?.kind === 'platform' && user.role === 'dispatcher',
    carrierId: carrier?.id ?? null,
    manager: carrier !== null && runsOrganisation(user, carrier),
  }
}
