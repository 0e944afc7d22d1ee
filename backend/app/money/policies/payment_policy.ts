import { inject } from '@adonisjs/core'
import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import type Order from '#orders/models/order'
import OrderAccessService from '#orders/services/order_access_service'
import { mayEver } from '#orders/order_state_machine'

/**
 * Who may see and start an order's payments: its shipper side pays and
 * reads them; platform dispatchers and admins read them. Carriers learn
 * that an order is paid from `allowedActions` (pickUp), not from here.
 */
@inject()
export default class PaymentPolicy extends BasePolicy {
  constructor(private access: OrderAccessService) {
    super()
  }

  async view(user: User, order: Order) {
    const parties = await this.access.partiesOf(user, order)
    return parties.has('shipper') || parties.has('platform') || parties.has('admin')
  }

  /** Whether the user's side ever pays (the state machine's `pay`); now or not, the service asks. */
  async pay(user: User, order: Order) {
    return mayEver('pay', await this.access.partiesOf(user, order))
  }
}
