import PhoneCountryService from '#accounts/services/phone_country_service'
import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type Order from '#orders/models/order'
import OrderPolicy from '#orders/policies/order_policy'
import OrderService from '#orders/services/order_service'
import OrderAccessService from '#orders/services/order_access_service'
import OrderTimelineService from '#orders/services/order_timeline_service'
import OrderCrewService from '#orders/services/order_crew_service'
import OrderCrewTransformer from '#orders/transformers/order_crew_transformer'
import OrderPayments from '#orders/services/order_payments'
import OrderTransformer from '#orders/transformers/order_transformer'
import UploadService from '#core/services/upload_service'
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
    private access: OrderAccessService,
    private timeline: OrderTimelineService,
    private uploads: UploadService,
    private crews: OrderCrewService,
    private phoneCountry: PhoneCountryService,
    private payments: OrderPayments
  ) {}

  /** GET /api/v1/orders (own orders) or ?near=lat,lng (load board) */
  async index({ auth, request }: HttpContext) {
    const filters = await request.validateUsing(listOrdersValidator)
    const user = auth.getUserOrFail()
    const page = filters.near
      ? await this.orders.loadBoard(user, { ...filters, near: filters.near })
      : await this.orders.listOwn(user, filters)
    return OrderTransformer.page(
      page,
      await this.access.allowedActions(user, page.all()),
      (order) => this.payments.splitOf(order)
    )
  }

  /** POST /api/v1/orders */
  async store(ctx: HttpContext) {
    await ctx.bouncer.with(OrderPolicy).authorize('create')
    const user = ctx.auth.getUserOrFail()
    const input = await ctx.request.validateUsing(
      createOrderValidator,
      await this.phoneCountry.of(user)
    )
    const order = await this.orders.createDraft(user, input)
    return ctx.response.created(await this.json(ctx, order))
  }

  /** GET /api/v1/orders/:id */
  async show(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    return this.json(ctx, order)
  }

  /** PATCH /api/v1/orders/:id */
  async update(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('act', order, 'edit')
    const user = ctx.auth.getUserOrFail()
    const { params, ...input } = await ctx.request.validateUsing(
      updateOrderValidator,
      await this.phoneCountry.of(user)
    )
    return this.json(ctx, await this.orders.updateDraft(order, user, input))
  }

  /** POST /api/v1/orders/:id/post */
  async post(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('act', order, 'post')
    return this.json(ctx, await this.orders.post(order, ctx.auth.getUserOrFail()))
  }

  /** POST /api/v1/orders/:id/cancel {reason} */
  async cancel(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('act', order, 'cancel')
    const { reason } = await ctx.request.validateUsing(reasonValidator)
    return this.json(ctx, await this.orders.cancel(order, ctx.auth.getUserOrFail(), reason))
  }

  /** POST /api/v1/orders/:id/cargo-photos (multipart `photo`) */
  async addCargoPhoto(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('act', order, 'addCargoPhoto')
    const { photo } = await ctx.request.validateUsing(cargoPhotoValidator)
    const updated = await this.orders.addCargoPhoto(order, ctx.auth.getUserOrFail(), photo)
    return ctx.response.created(await this.json(ctx, updated))
  }

  /** GET /api/v1/orders/:id/cargo-photos/:index */
  async cargoPhoto(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    const { params } = await ctx.request.validateUsing(cargoPhotoFileValidator)
    await this.uploads.send(ctx.response, this.orders.cargoPhotoKey(order, params.index))
  }

  /** GET /api/v1/orders/:id/events: the timeline, oldest first. */
  async events(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    return { data: await this.timeline.forViewer(order, ctx.auth.getUserOrFail()) }
  }

  /** GET /api/v1/orders/:id/crew: who is coming (driver, truck, carrier). */
  async crew(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('act', order, 'seeCrew')
    return OrderCrewTransformer.toJSON(await this.crews.of(ctx.auth.getUserOrFail(), order))
  }

  /** GET /api/v1/orders/:id/crew/photo: the driver's photo, for those who may see the crew. */
  async crewPhoto(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('act', order, 'seeCrew')
    const key = await this.crews.driverPhotoKey(ctx.auth.getUserOrFail(), order)
    await this.uploads.send(ctx.response, key)
  }

  private async visibleOrder({ auth, request }: HttpContext) {
    const { params } = await request.validateUsing(orderIdValidator)
    return this.orders.findVisibleTo(auth.getUserOrFail(), params.id)
  }

  private async json({ auth }: HttpContext, order: Order) {
    const actions = await this.access.actionsOn(auth.getUserOrFail(), order)
    return OrderTransformer.toJSON(order, actions, this.payments.splitOf(order))
  }
}
