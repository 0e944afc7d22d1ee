import { inject } from '@adonisjs/core'
import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import OrderAccessService from '#orders/services/order_access_service'

/**
 * The operations page (health, job queue, the day's figures): admins and
 * platform dispatchers read it; only admins send a failed job again (a job
 * may move money or text people).
 */
@inject()
export default class OperationsPolicy extends BasePolicy {
  constructor(private access: OrderAccessService) {
    super()
  }

  async view(user: User) {
    const parties = await this.access.generalParties(user)
    return parties.has('admin') || parties.has('platform')
  }

  retry(user: User) {
    return user.role === 'admin'
  }
}
