import { inject } from '@adonisjs/core'
import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import type Order from '#orders/models/order'
import { mayEver } from '#orders/order_state_machine'
import OrderAccessService from '#orders/services/order_access_service'

/**
 * Who takes part in an order's conversation: the shipper side, the driver
 * and whoever runs the carrier, and an admin while a dispute is open (the
 * state machine's `chat` action). The policy asks whether the user's side
 * ever chats (else 403); ChatService asks again in the order's state (409)
 * at every use, REST and socket alike.
 */
@inject()
export default class ChatPolicy extends BasePolicy {
  constructor(private access: OrderAccessService) {
    super()
  }

  async participate(user: User, order: Order) {
    return mayEver('chat', await this.access.partiesOf(user, order))
  }
}
