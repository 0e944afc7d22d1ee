import { inject } from '@adonisjs/core'
import type User from '#accounts/models/user'
import DomainException from '#core/exceptions/domain_exception'
import { isId } from '#core/validators/rules/number'
import Order from '#orders/models/order'
import type Payment from '#money/models/payment'
import PaymentPolicy from '#money/policies/payment_policy'
import RoomAccess from '#realtime/services/room_access'
import { rooms } from '#realtime/rooms'

/** `payment:status`, to `payments:<orderId>`: an attempt changed; its details are read over REST. */
export interface PaymentStatusMessage {
  orderId: number
  paymentId: number
  status: Payment['status']
}

/**
 * An order's payment attempts, live: the room `payments:<orderId>` holds
 * who may read them over REST (PaymentPolicy `view`), checked when a socket
 * joins and again before each push, so a party who lost the order (left
 * the shipper organisation) stops hearing of its money at the next change.
 * The message names the change only: texts in the reader's language come
 * from GET /orders/:id/payments.
 */
@inject()
export default class PaymentFeed {
  constructor(
    private policy: PaymentPolicy,
    private roomAccess: RoomAccess
  ) {}

  /** Gives realtime the rule of the `payments:` rooms (at boot). */
  registerRoomRule() {
    this.roomAccess.rule('payments', async (user, room) => {
      const id = Number(room.slice('payments:'.length))
      const order = isId(id) ? await Order.find(id) : null
      return order !== null && this.policy.view(user, order)
    })
  }

  /** The room of the order's payments, if the user may read them (else 404, as REST answers). */
  async room(user: User, orderId: number) {
    const order = await Order.find(orderId)
    if (!order || !(await this.policy.view(user, order))) throw DomainException.notFound('Order')
    return rooms.payments(order.id)
  }

  /** Tells the room of a committed change (the room is reviewed first). */
  push(payment: Payment) {
    const message: PaymentStatusMessage = {
      orderId: payment.orderId,
      paymentId: payment.id,
      status: payment.status,
    }
    return this.roomAccess.reviewThenEmit(
      rooms.payments(payment.orderId),
      'payment:status',
      message
    )
  }
}
