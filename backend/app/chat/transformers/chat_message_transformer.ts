import type Order from '#orders/models/order'
import type ChatMessage from '#chat/models/chat_message'
import { CHAT_MESSAGE_KINDS } from '#chat/models/chat_message'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const CHAT_SIDES = ['shipper', 'carrier', 'admin'] as const

/** A chat message on the wire (REST and the socket's `chat:message`). */
export const chatMessageSchema = named(
  'ChatMessage',
  z.object({
    id: id(),
    orderId: id(),
    clientId: z.string().meta({ description: 'Chosen by the sending device, kept across retries' }),
    kind: z.enum(CHAT_MESSAGE_KINDS),
    body: z.string().nullable().meta({ description: 'Phone numbers masked as •••' }),
    sender: z.object({
      id: id(),
      name: z.string().nullable(),
      side: z.enum(CHAT_SIDES),
    }),
    attachment: z
      .object({
        type: z.string().meta({ examples: ['image/jpeg'] }),
        size: z.number().int().meta({ description: 'Bytes' }),
        url: z.string(),
      })
      .nullable(),
    createdAt: isoDateTime(),
  })
)

/** A chat message; a sender is named, never given a phone number. */
export default class ChatMessageTransformer {
  static toJSON(
    message: ChatMessage,
    order: Pick<Order, 'id' | 'shipperId' | 'shipperOrganisationId'>
  ): z.infer<typeof chatMessageSchema> {
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
            size: message.attachmentSize ?? 0,
            url: `/api/v1/orders/${order.id}/chat/messages/${message.id}/attachment`,
          }
        : null,
      createdAt: toIso(message.createdAt),
    }
  }
}
