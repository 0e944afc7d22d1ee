import { BasePolicy } from '@adonisjs/bouncer'
import type Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'
import type { Role } from '#accounts/models/user'
import {
  kindFoundedBy,
  mayAddMember,
  ownsOrganisation,
  runsOrganisation,
} from '#accounts/membership_rules'

/**
 * Who may see and manage an organisation. Controllers answer 404 when
 * `view` is denied (the organisation is not revealed) and 403 when the
 * organisation is visible but the action is not allowed.
 */
export default class OrganisationPolicy extends BasePolicy {
  /** Those whose role founds a kind of organisation (shippers, drivers) may found one. */
  create(user: User) {
    return kindFoundedBy(user.role) !== null
  }

  view(user: User, organisation: Organisation) {
    return user.role === 'admin' || user.organisationId === organisation.id
  }

  /** Accounts' one rule (`mayAddMember`), which also lists the roles an organisation offers its caller. */
  addMember(user: User, organisation: Organisation, role: Role) {
    return mayAddMember(user, organisation, role)
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
    if (member.role === 'dispatcher') return ownsOrganisation(user, organisation)
    return runsOrganisation(user, organisation)
  }
}
