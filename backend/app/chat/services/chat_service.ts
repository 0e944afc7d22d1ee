import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { DateTime } from 'luxon'
import type User from '#accounts/models/user'
import { runsOrganisation } from '#accounts/membership_rules'
import Organisation from '#accounts/models/organisation'
import UserModel from '#accounts/models/user'
import DomainException from '#core/exceptions/domain_exception'
import { maskPhoneNumbers } from '#core/phone'
import UploadService from '#core/services/upload_service'
import type Order from '#orders/models/order'
import Dispute from '#orders/models/dispute'
import { assertAllowed, refusal } from '#orders/order_state_machine'
import OrderAccessService from '#orders/services/order_access_service'
import Broadcaster from '#realtime/services/broadcaster'
import { rooms } from '#realtime/rooms'
import chatConfig from '#config/chat'
import ChatMessage, { type ChatMessageKind } from '#chat/models/chat_message'
import ChatMessageTransformer from '#chat/transformers/chat_message_transformer'
import type { chatReceiptSchema } from '#chat/transformers/chat_schemas'
import type { z } from '#core/contract/response_schema'

/** Payload of the `chat:message` application event (notifications tell those away). */
export interface ChatMessageEvent {
  orderId: number
  messageId: number
  senderId: number
}

declare module '@adonisjs/core/types' {
  interface EventsList {
    'chat:message': ChatMessageEvent
  }
}

export interface ChatSend {
  clientId: string
  body?: string
  attachment?: { kind: Exclude<ChatMessageKind, 'text'>; file: MultipartFile }
}

/**
 * One conversation per order. Every use asks the state machine whether the
 * user takes part now (REST and socket alike); each message goes to the
 * `user:<id>` rooms of the participants of that moment, so someone taken
 * off the order stops hearing it at once. A message sent twice with the same
 * client id (an offline queue replaying) is stored and announced once.
 */
@inject()
export default class ChatService {
  constructor(
    private access: OrderAccessService,
    private uploads: UploadService,
    private broadcaster: Broadcaster
  ) {}

  /** 403 when the user's side never chats on an order, 409 in a state without chat. */
  async assertParticipant(user: User, order: Order) {
    assertAllowed(order, 'chat', await this.access.partiesOf(user, order))
  }

  /**
   * 403/409 unless the user may read the conversation: its participants, and
   * an admin reading a disputed order's (the state machine's `readChat`).
   */
  async assertReader(user: User, order: Order) {
    const disputed = await Dispute.query().where('order_id', order.id).first()
    const parties = await this.access.partiesOf(user, order)
    assertAllowed(order, 'readChat', parties, { disputed: disputed !== null })
    return parties
  }

  /** The history, newest page first, oldest to newest within the page: `before` pages back. */
  async history(user: User, order: Order, before: number | undefined, limit: number) {
    const parties = await this.assertReader(user, order)
    const rows = await ChatMessage.query()
      .where('order_id', order.id)
      .if(before, (query) => query.where('id', '<', before!))
      .preload('sender')
      .orderBy('id', 'desc')
      .limit(limit + 1)
    const hasMore = rows.length > limit
    const page = rows.slice(0, limit).reverse()
    const receipts = await this.receipts(order)
    return {
      messages: page,
      hasMore,
      // Read-only for everyone some days after the end; for a reader who may not write now, at once.
      readOnly: this.isReadOnly(order) || refusal(order, 'chat', parties) !== null,
      receipts,
    }
  }

  async send(user: User, order: Order, input: ChatSend) {
    await this.assertParticipant(user, order)
    if (this.isReadOnly(order)) {
      throw new DomainException(
        `The conversation of order ${order.id} is read-only since ${chatConfig.readOnlyAfterDays} days after it finished.`,
        { status: 409, code: 'E_CHAT_READ_ONLY' }
      )
    }
    const replayed = await ChatMessage.query()
      .where('sender_id', user.id)
      .where('client_id', input.clientId)
      .preload('sender')
      .first()
    if (replayed) return { message: replayed, replayed: true }

    const body = input.body ? maskPhoneNumbers(input.body) : null
    let attachment = null
    if (input.attachment) {
      const rules = chatConfig.uploads[input.attachment.kind]
      attachment = await this.uploads.store(input.attachment.file, {
        folder: `orders/${order.id}/chat`,
        field: 'file',
        mimeTypes: rules.mimeTypes,
      })
    }
    if (!body && !attachment) {
      throw new DomainException('Write a message or attach a photo or a voice note.', {
        status: 422,
        code: 'E_VALIDATION',
        field: 'body',
      })
    }
    const inserted = await db
      .table('chat_messages')
      .insert({
        order_id: order.id,
        sender_id: user.id,
        client_id: input.clientId,
        kind: input.attachment?.kind ?? 'text',
        body,
        attachment_key: attachment?.key ?? null,
        attachment_type: attachment?.contentType ?? null,
        attachment_size: attachment?.size ?? null,
        created_at: new Date(),
      })
      .onConflict(['sender_id', 'client_id'])
      .ignore()
      .returning('id')
    if (inserted.length === 0) {
      // The same send raced itself (two tabs, a retry): the first one stands.
      if (attachment) await this.uploads.remove(attachment.key)
      const first = await ChatMessage.query()
        .where('sender_id', user.id)
        .where('client_id', input.clientId)
        .preload('sender')
        .firstOrFail()
      return { message: first, replayed: true }
    }
    const message = await ChatMessage.query()
      .where('id', inserted[0].id ?? inserted[0])
      .preload('sender')
      .firstOrFail()
    await this.#announce(order, 'chat:message', ChatMessageTransformer.toJSON(message, order))
    await this.mark(user, order, 'delivered', message.id, false)
    void emitter.emit('chat:message', {
      orderId: order.id,
      messageId: message.id,
      senderId: user.id,
    })
    return { message, replayed: false }
  }

  /** Delivered or read up to a message: stored, and every participant hears the receipt. */
  async mark(user: User, order: Order, what: 'delivered' | 'read', upTo: number, check = true) {
    if (check) await this.assertParticipant(user, order)
    const column = what === 'read' ? 'read_up_to' : 'delivered_up_to'
    const values: Record<string, unknown> = { [column]: upTo, updated_at: new Date() }
    // Read implies delivered.
    if (what === 'read') values.delivered_up_to = upTo
    await db
      .table('chat_receipts')
      .insert({
        order_id: order.id,
        user_id: user.id,
        delivered_up_to: 0,
        read_up_to: 0,
        ...values,
      })
      .onConflict(['order_id', 'user_id'])
      .merge({
        [column]: db.raw(`GREATEST(chat_receipts.${column}, EXCLUDED.${column})`),
        ...(what === 'read'
          ? {
              delivered_up_to: db.raw(
                'GREATEST(chat_receipts.delivered_up_to, EXCLUDED.delivered_up_to)'
              ),
            }
          : {}),
        updated_at: new Date(),
      })
    if (check) {
      await this.#announce(order, 'chat:receipt', {
        orderId: order.id,
        userId: user.id,
        [what === 'read' ? 'readUpTo' : 'deliveredUpTo']: upTo,
      })
    }
  }

  async typing(user: User, order: Order, typing: boolean) {
    await this.assertParticipant(user, order)
    await this.#announce(
      order,
      'chat:typing',
      { orderId: order.id, userId: user.id, name: user.name, typing },
      user.id
    )
  }

  /** How far each participant received and read. */
  async receipts(order: Order): Promise<z.infer<typeof chatReceiptSchema>[]> {
    const rows = await db.from('chat_receipts').where('order_id', order.id)
    return rows.map((row) => ({
      userId: row.user_id as number,
      deliveredUpTo: Number(row.delivered_up_to),
      readUpTo: Number(row.read_up_to),
    }))
  }

  /** How far one user read (notifications: is someone away?). */
  async readUpTo(orderId: number, userId: number) {
    const row = await db.from('chat_receipts').where({ order_id: orderId, user_id: userId }).first()
    return Number(row?.read_up_to ?? 0)
  }

  /** The message whose attachment `user` may download: 404 when there is none. */
  async attachment(user: User, order: Order, messageId: number) {
    await this.assertReader(user, order)
    const message = await ChatMessage.query()
      .where('id', messageId)
      .where('order_id', order.id)
      .whereNotNull('attachment_key')
      .first()
    if (!message) throw DomainException.notFound('Attachment')
    return message
  }

  /**
   * Everyone in the conversation now: the shipper side, the assigned driver,
   * whoever runs the carrier, admins while a dispute is open. Without
   * `colleagues`, the shipper side is only who posted the order (who is
   * told of a message they missed).
   */
  async participants(order: Order, colleagues = true): Promise<number[]> {
    const ids = new Set<number>([order.shipperId])
    if (colleagues && order.shipperOrganisationId) {
      const shippers = await UserModel.query()
        .where('organisation_id', order.shipperOrganisationId)
        .where('role', 'shipper')
      shippers.forEach((user) => ids.add(user.id))
    }
    if (order.assignedDriverId) ids.add(order.assignedDriverId)
    if (order.carrierOrganisationId) {
      const carrier = await Organisation.find(order.carrierOrganisationId)
      const members = await UserModel.query().where('organisation_id', order.carrierOrganisationId)
      for (const member of members)
        if (carrier && runsOrganisation(member, carrier)) ids.add(member.id)
    }
    if (order.status === 'disputed') {
      const admins = await UserModel.query().where('role', 'admin')
      admins.forEach((user) => ids.add(user.id))
    }
    return [...ids]
  }

  /** Read-only some days after the order finished (completed, resolved or cancelled). */
  isReadOnly(order: Order, now = DateTime.now()) {
    const finished =
      order.status === 'completed'
        ? order.completedAt
        : order.status === 'cancelled'
          ? order.cancelledAt
          : order.status === 'resolved'
            ? order.updatedAt
            : null
    return finished !== null && finished.plus({ days: chatConfig.readOnlyAfterDays }) < now
  }

  async #announce(order: Order, event: string, payload: unknown, except?: number) {
    const everyone = await this.participants(order)
    this.broadcaster.emit(
      everyone.filter((id) => id !== except).map((id) => rooms.user(id)),
      event,
      payload
    )
  }
}
