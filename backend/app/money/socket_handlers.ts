import type { Socket } from 'socket.io'
import app from '@adonisjs/core/services/app'
import DomainException from '#core/exceptions/domain_exception'
import { isId } from '#core/validators/rules/number'
import { handle } from '#realtime/socket_errors'
import { currentUser } from '#realtime/socket_auth'
import RoomAccess from '#realtime/services/room_access'
import { rooms } from '#realtime/rooms'
import PaymentFeed from '#money/services/payment_feed'

function orderIdOf(payload: unknown) {
  const orderId = (payload as { orderId?: unknown } | null)?.orderId
  if (isId(orderId)) return orderId
  throw new DomainException('Send { orderId }', { status: 422, code: 'E_VALIDATION' })
}

/**
 * `payments:watch` { orderId } joins the order's payments room while the
 * user may read its payments (ack `{ ok, room }`, or E_NOT_FOUND as REST);
 * `payments:unwatch` { orderId } leaves it, always allowed.
 */
export function registerPaymentHandlers(socket: Socket) {
  socket.on(
    'payments:watch',
    handle(async (payload: unknown) => {
      const user = await currentUser(socket)
      const feed = await app.container.make(PaymentFeed)
      const room = await feed.room(user, orderIdOf(payload))
      const roomAccess = await app.container.make(RoomAccess)
      if (!(await roomAccess.join(socket, user, room))) throw DomainException.notFound('Order')
      return { room }
    })
  )
  socket.on(
    'payments:unwatch',
    handle(async (payload: unknown) => {
      const room = rooms.payments(orderIdOf(payload))
      await socket.leave(room)
      return { room }
    })
  )
}
