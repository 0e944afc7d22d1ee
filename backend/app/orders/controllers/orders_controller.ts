import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OrderPolicy from '#orders/policies/order_policy'
import OrderService from '#orders/services/order_service'
import OrderTimelineService from '#orders/services/order_timeline_service'
import OrderTransformer from '#orders/transformers/order_transformer'
import UploadService from '#core/services/upload_service'
import { IMAGE_TYPES } from '#orders/transformers/order_transformer'
import {
  cargoPhotoFileValidator,
  cargoPhotoValidator,
  createOrderValidator,
  listOrdersValidator,
  orderIdValidator,
  reasonValidator,
  updateOrderValidator,
} from '#orders/validators/order'

/**
 * Drafts, publishing, listings, the load board, cancellation and the
 * timeline. An order you may not see answers 404; one you see but may not
 * change answers 403; a move the order's state forbids answers 409.
 */
@inject()
export default class OrdersController {
  constructor(
    private orders: OrderService,
    private uploads: UploadService
  ) {}

  /** GET /api/v1/orders (own orders) or ?near=lat,lng (load board) */
  async index({ auth, request }: HttpContext) {
    const filters = await request.validateUsing(listOrdersValidator)
    const user = auth.getUserOrFail()
    const page = filters.near
      ? await this.orders.loadBoard(user, { ...filters, near: filters.near })
      : await this.orders.listOwn(user, filters)
    return OrderTransformer.page(page)
  }

  /** POST /api/v1/orders */
  async store({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(OrderPolicy).authorize('create')
    const input = await request.validateUsing(createOrderValidator)
    const order = await this.orders.createDraft(auth.getUserOrFail(), input)
    return response.created(OrderTransformer.toJSON(order))
  }

  /** GET /api/v1/orders/:id */
  async show(ctx: HttpContext) {
    return OrderTransformer.toJSON(await this.visibleOrder(ctx))
  }

  /** PATCH /api/v1/orders/:id */
  async update(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('update', order)
    const { params, ...input } = await ctx.request.validateUsing(updateOrderValidator)
    return OrderTransformer.toJSON(await this.orders.updateDraft(order, input))
  }

  /** POST /api/v1/orders/:id/post */
  async post(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('update', order)
    return OrderTransformer.toJSON(await this.orders.post(order, ctx.auth.getUserOrFail()))
  }

  /** POST /api/v1/orders/:id/cancel {reason} */
  async cancel(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('cancel', order)
    const { reason } = await ctx.request.validateUsing(reasonValidator)
    return OrderTransformer.toJSON(
      await this.orders.cancel(order, ctx.auth.getUserOrFail(), reason)
    )
  }

  /** POST /api/v1/orders/:id/cargo-photos (multipart `photo`) */
  async addCargoPhoto(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('update', order)
    const { photo } = await ctx.request.validateUsing(cargoPhotoValidator)
    const updated = await this.orders.addCargoPhoto(order, ctx.auth.getUserOrFail(), photo)
    return ctx.response.created(OrderTransformer.toJSON(updated))
  }

  /** GET /api/v1/orders/:id/cargo-photos/:index */
  async cargoPhoto(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    const { params } = await ctx.request.validateUsing(cargoPhotoFileValidator)
    const key = this.orders.cargoPhotoKey(order, params.index)
    ctx.response.header(
      'Content-Type',
      IMAGE_TYPES[key.split('.').pop() ?? ''] ?? 'application/octet-stream'
    )
    ctx.response.header('Cache-Control', 'private, no-store')
    return ctx.response.stream(await this.uploads.read(key))
  }

  /** GET /api/v1/orders/:id/events: the timeline, oldest first. */
  async events(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    const events = await new OrderTimelineService().forOrder(order)
    return { data: events.map((event) => OrderTransformer.event(event)) }
  }

  private async visibleOrder({ auth, request }: HttpContext) {
    const { params } = await request.validateUsing(orderIdValidator)
    return this.orders.findVisibleTo(auth.getUserOrFail(), params.id)
  }
}
