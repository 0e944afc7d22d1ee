import Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'
import { standingOf } from '#accounts/membership_rules'
import type { FleetAccess } from '#fleet/fleet_access'

/**
 * Reads how a user stands towards the fleet now (their organisation as it
 * is in the database); the rules that use it are in `#fleet/fleet_access`.
 */
export default class FleetAccessService {
  async of(user: User): Promise<FleetAccess> {
    const organisation = user.organisationId
      ? (user.organisation ?? (await Organisation.find(user.organisationId)))
      : null
    return standingOf(user, organisation)
  }
}
