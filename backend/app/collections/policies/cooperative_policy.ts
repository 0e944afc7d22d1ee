import { inject } from '@adonisjs/core'
import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import type Cooperative from '#collections/models/cooperative'
import CooperativeAccessService from '#collections/services/cooperative_access_service'

/**
 * A cooperative's records: its members (manager, clerks, graders) see them
 * and record milk; its manager changes settings, routes and corrects;
 * platform admins do anything. Controllers answer 404 when `view` is denied.
 */
@inject()
export default class CooperativePolicy extends BasePolicy {
  constructor(private access: CooperativeAccessService) {
    super()
  }

  /** Opening a cooperative (and choosing its transporter) is the platform's. */
  create(user: User) {
    return user.role === 'admin'
  }

  async view(user: User, cooperative: Cooperative) {
    const standing = await this.access.standing(user, cooperative)
    return standing.admin || standing.member
  }

  /** Register and approve farmers, record and list collections. */
  async work(user: User, cooperative: Cooperative) {
    const standing = await this.access.standing(user, cooperative)
    return standing.member
  }

  /** Settings, centres, routes, corrections. */
  async manage(user: User, cooperative: Cooperative) {
    const standing = await this.access.standing(user, cooperative)
    return standing.admin || standing.manager
  }
}
