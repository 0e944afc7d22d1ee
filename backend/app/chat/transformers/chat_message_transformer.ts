import type Order from '#orders/models/order'
import type ChatMessage from '#chat/models/chat_message'

/**
 * A chat message on the wire (REST and the socket's `chat:message`):
 * { id, orderId, clientId, kind, body, sender: { id, name, side },
 *   attachment: { type, size, url } | null, createdAt }. A sender is named,
 * never given a phone number.
 */
export default class ChatMessageTransformer {
  static toJSON(
    message: ChatMessage,
    order: Pick<Order, 'id' | 'shipperId' | 'shipperOrganisationId'>
  ) {
    const sender = message.sender
    const side =
      sender.role === 'admin'
        ? 'admin'
        : sender.id === order.shipperId ||
            (sender.role === 'shipper' && sender.organisationId === order.shipperOrganisationId)
          ? 'shipper'
          : 'carrier'
    return {
      id: message.id,
      orderId: message.orderId,
      clientId: message.clientId,
      kind: message.kind,
      body: message.body,
      sender: { id: sender.id, name: sender.name, side },
      attachment: message.attachmentType
        ? {
            type: message.attachmentType,
            size: message.attachmentSize,
            url: `/api/v1/orders/${order.id}/chat/messages/${message.id}/attachment`,
          }
        : null,
      createdAt: message.createdAt.toISO(),
    }
  }
}
