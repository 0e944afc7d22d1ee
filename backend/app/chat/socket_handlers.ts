import type { Socket } from 'socket.io'
import app from '@adonisjs/core/services/app'
import type User from '#accounts/models/user'
import DomainException from '#core/exceptions/domain_exception'
import Order from '#orders/models/order'
import OrderAccessService from '#orders/services/order_access_service'
import { handle } from '#realtime/socket_errors'
import { currentUser } from '#realtime/socket_auth'
import ChatService from '#chat/services/chat_service'
import ChatMessageTransformer from '#chat/transformers/chat_message_transformer'
import {
  socketMarkValidator,
  socketSendValidator,
  socketTypingValidator,
} from '#chat/validators/chat'

/**
 * Chat over the socket. Messages, receipts and typing reach each
 * participant's own room (`user:<id>`); every event the client emits is
 * authorised again, like the REST routes, for the user as they are now
 * (`currentUser`: a revoked token ends the socket), so access lost is access gone.
 */
export function registerChatHandlers(socket: Socket) {
  // `chat:send` { orderId, clientId, body } -> { message }
  socket.on(
    'chat:send',
    handle(async (payload: unknown) => {
      const input = await socketSendValidator.validate(payload)
      const user = await currentUser(socket)
      const { chat, order } = await context(user, input.orderId)
      const { message } = await chat.send(user, order, {
        clientId: input.clientId,
        body: input.body,
      })
      return { message: ChatMessageTransformer.toJSON(message, order) }
    })
  )

  // `chat:delivered` / `chat:read` { orderId, upTo }
  for (const what of ['delivered', 'read'] as const) {
    socket.on(
      `chat:${what}`,
      handle(async (payload: unknown) => {
        const input = await socketMarkValidator.validate(payload)
        const user = await currentUser(socket)
        const { chat, order } = await context(user, input.orderId)
        await chat.mark(user, order, what, input.upTo)
        return {}
      })
    )
  }

  // `chat:typing` { orderId, typing }
  socket.on(
    'chat:typing',
    handle(async (payload: unknown) => {
      const input = await socketTypingValidator.validate(payload)
      const user = await currentUser(socket)
      const { chat, order } = await context(user, input.orderId)
      await chat.typing(user, order, input.typing)
      return {}
    })
  )
}

/** The order as the user sees it now (404 when not), and the chat service. */
async function context(user: User, orderId: number) {
  const access = await app.container.make(OrderAccessService)
  const order = await Order.find(orderId)
  if (!order || !(await access.sees(user, order))) throw DomainException.notFound('Order')
  return { chat: await app.container.make(ChatService), order }
}
