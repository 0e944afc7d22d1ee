import { BasePolicy } from '@adonisjs/bouncer'
import type Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'
import type { Role } from '#accounts/models/user'
import { runsOrganisation } from '#accounts/membership_rules'

/**
 * Who may see and manage an organisation. Controllers answer 404 when
 * `view` is denied (the organisation is not revealed) and 403 when the
 * organisation is visible but the action is not allowed.
 */
export default class OrganisationPolicy extends BasePolicy {
  /** Shippers and drivers without an organisation may found one. */
  create(user: User) {
    return user.role === 'shipper' || user.role === 'driver'
  }

  view(user: User, organisation: Organisation) {
    return user.role === 'admin' || user.organisationId === organisation.id
  }

  /**
   * The owner or a dispatcher of the organisation (or an admin). Platform
   * staff are made through the admin endpoints only. A dispatcher acts for
   * the whole organisation (its fleet live, its orders), so only the owner
   * (or an admin) makes one: a dispatcher cannot multiply dispatchers.
   */
  addMember(user: User, organisation: Organisation, role: Role) {
    if (user.role === 'admin') return true
    if (organisation.kind === 'platform') return false
    if (role === 'dispatcher') return isOwner(user, organisation)
    return runsOrganisation(user, organisation)
  }

  /** Who may add members sees the invitations sent. */
  viewInvitations(user: User, organisation: Organisation) {
    return user.role === 'admin' || runsOrganisation(user, organisation)
  }

  /**
   * A member leaves by themselves; the owner removes anyone, a dispatcher
   * the members they could have added (not dispatchers). The owner never
   * goes (the service says 409).
   */
  removeMember(user: User, organisation: Organisation, member: User) {
    if (user.role === 'admin' || user.id === member.id) return true
    if (member.role === 'dispatcher') return isOwner(user, organisation)
    return runsOrganisation(user, organisation)
  }
}

function isOwner(user: User, organisation: Organisation) {
  return user.organisationId === organisation.id && organisation.ownerId === user.id
}
