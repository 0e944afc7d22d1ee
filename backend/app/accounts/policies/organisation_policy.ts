import { BasePolicy } from '@adonisjs/bouncer'
import type Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'
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
   * staff are made through the admin endpoints only.
   */
  addMember(user: User, organisation: Organisation) {
    if (user.role === 'admin') return true
    if (organisation.kind === 'platform') return false
    return runsOrganisation(user, organisation)
  }
}
