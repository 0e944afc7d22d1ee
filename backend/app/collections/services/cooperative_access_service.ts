import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import { runsOrganisation } from '#accounts/membership_rules'
import Cooperative from '#collections/models/cooperative'
import type CollectionRoute from '#collections/models/collection_route'

/** How a user stands towards one cooperative. */
export interface CooperativeStanding {
  admin: boolean
  /** Works for it: its manager, clerks and graders. They see its farmers and collections. */
  member: boolean
  /** Runs it (owner or dispatcher, accounts' one rule): settings, routes, corrections. */
  manager: boolean
}

/**
 * Who a user is to a cooperative, read at each question (a removed clerk
 * stops seeing it at once). The route's driver records collections on that
 * route only: CollectionService checks it per collection.
 */
export default class CooperativeAccessService {
  async standing(user: User, cooperative: Cooperative): Promise<CooperativeStanding> {
    const admin = user.role === 'admin'
    if (user.organisationId !== cooperative.organisationId) {
      return { admin, member: false, manager: false }
    }
    const organisation = await Organisation.find(cooperative.organisationId)
    const member = organisation?.kind === 'cooperative'
    return { admin, member, manager: member && runsOrganisation(user, organisation!) }
  }

  /**
   * Who may see a route's farmers and follow its truck: its assigned driver
   * (`route` read just now: an unassigned driver stops at once) and its
   * cooperative's manager, clerks and graders.
   */
  async followsRoute(user: User, route: CollectionRoute) {
    if (route.driverId === user.id) return true
    const cooperative = await Cooperative.find(route.cooperativeId)
    if (!cooperative) return false
    const standing = await this.standing(user, cooperative)
    return standing.member
  }

  /**
   * How many people run the cooperative now (its owner and its dispatchers,
   * accounts' one rule): with two or more, a payout run needs two of them.
   */
  async managerCount(cooperativeId: number, client?: TransactionClientContract) {
    const organisation = await Organisation.find(cooperativeId, { client })
    if (!organisation) return 0
    const members = await User.query({ client })
      .where('organisation_id', cooperativeId)
      .where((query) => {
        query.where('role', 'dispatcher')
        if (organisation.ownerId) query.orWhere('id', organisation.ownerId)
      })
    return members.filter((user) => runsOrganisation(user, organisation)).length
  }
}
