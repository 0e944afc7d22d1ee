import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import UploadService from '#core/services/upload_service'
import Order from '#orders/models/order'
import OrderAccessService from '#orders/services/order_access_service'
import chatConfig from '#config/chat'
import ChatPolicy from '#chat/policies/chat_policy'
import ChatService from '#chat/services/chat_service'
import ChatMessageTransformer from '#chat/transformers/chat_message_transformer'
import type { chatPageSchema, chatReadSchema } from '#chat/transformers/chat_schemas'
import type { z } from '#core/contract/response_schema'
import {
  attachmentValidator,
  historyValidator,
  markValidator,
  sendValidator,
} from '#chat/validators/chat'

/**
 * An order's conversation over REST. An order the user cannot see is 404;
 * one they see but do not take part in is 403; a state without chat is 409.
 */
@inject()
export default class ChatMessagesController {
  constructor(
    private chat: ChatService,
    private access: OrderAccessService,
    private uploads: UploadService
  ) {}

  /** GET /api/v1/orders/:id/chat/messages?before=&limit= */
  async index(ctx: HttpContext): Promise<z.infer<typeof chatPageSchema>> {
    const { params, before, limit } = await historyValidator.validate({
      ...ctx.request.qs(),
      params: ctx.params,
    })
    const order = await this.#participating(ctx, params.id)
    const page = await this.chat.history(
      ctx.auth.getUserOrFail(),
      order,
      before,
      limit ?? chatConfig.pageSize.default
    )
    return {
      data: page.messages.map((message) => ChatMessageTransformer.toJSON(message, order)),
      meta: { hasMore: page.hasMore, readOnly: page.readOnly, receipts: page.receipts },
    }
  }

  /** POST /api/v1/orders/:id/chat/messages: JSON { clientId, body } or multipart with kind + file */
  async store(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(sendValidator)
    const order = await this.#participating(ctx, input.params.id)
    const attachment = input.kind && input.file ? { kind: input.kind, file: input.file } : undefined
    const { message, replayed } = await this.chat.send(ctx.auth.getUserOrFail(), order, {
      clientId: input.clientId,
      body: input.body,
      attachment,
    })
    ctx.response.status(replayed ? 200 : 201)
    return ChatMessageTransformer.toJSON(message, order)
  }

  /** POST /api/v1/orders/:id/chat/read { upTo } */
  async read(ctx: HttpContext): Promise<z.infer<typeof chatReadSchema>> {
    const { params, upTo } = await ctx.request.validateUsing(markValidator)
    const order = await this.#participating(ctx, params.id)
    await this.chat.mark(ctx.auth.getUserOrFail(), order, 'read', upTo)
    return { readUpTo: upTo }
  }

  /** GET /api/v1/orders/:id/chat/messages/:messageId/attachment */
  async attachment(ctx: HttpContext) {
    const { params } = await attachmentValidator.validate({ params: ctx.params })
    const order = await this.#participating(ctx, params.id)
    const message = await this.chat.attachment(ctx.auth.getUserOrFail(), order, params.messageId)
    await this.uploads.send(ctx.response, message.attachmentKey!, {
      cacheControl: 'private, max-age=86400',
    })
  }

  async #participating({ auth, bouncer }: HttpContext, orderId: number) {
    const order = await Order.find(orderId)
    if (!order || !(await this.access.sees(auth.getUserOrFail(), order))) {
      throw DomainException.notFound('Order')
    }
    await bouncer.with(ChatPolicy).authorize('participate', order)
    return order
  }
}
