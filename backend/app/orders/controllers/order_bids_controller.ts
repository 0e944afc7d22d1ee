import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OrderPolicy from '#orders/policies/order_policy'
import OrderService from '#orders/services/order_service'
import OrderAccessService from '#orders/services/order_access_service'
import DomainException from '#core/exceptions/domain_exception'
import BidService from '#orders/services/bid_service'
import OrderPayments from '#orders/services/order_payments'
import type Order from '#orders/models/order'
import type Bid from '#orders/models/bid'
import RatingService from '#orders/services/rating_service'
import BidTransformer from '#orders/transformers/bid_transformer'
import OrderTransformer from '#orders/transformers/order_transformer'
import { orderIdValidator } from '#orders/validators/order'
import {
  acceptBidValidator,
  bidIdValidator,
  createBidValidator,
  listOwnBidsValidator,
  updateBidValidator,
} from '#orders/validators/bid'

/**
 * Bids on an order. The shipper side sees every bid with the carrier's
 * rating and vehicle; a carrier sees only its own (another carrier's bid
 * answers 404).
 */
@inject()
export default class OrderBidsController {
  constructor(
    private orders: OrderService,
    private access: OrderAccessService,
    private bids: BidService,
    private ratings: RatingService,
    private payments: OrderPayments
  ) {}

  /** GET /api/v1/bids: the carrier's own bids on every order. */
  async mine({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(OrderPolicy).authorize('actOnAny', 'bid')
    const filters = await request.validateUsing(listOwnBidsValidator)
    return BidTransformer.page(await this.bids.ownBids(auth.getUserOrFail(), filters), (bid) =>
      this.payments.splitOn(bid.order, bid.amount)
    )
  }

  /** GET /api/v1/orders/:id/bids */
  async index(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    const seesAll = await ctx.bouncer.with(OrderPolicy).allows('viewAllBids', order)
    const bids = await this.bids.visibleBids(order, ctx.auth.getUserOrFail(), seesAll)
    const ratings = await this.ratings.summariesForOrganisations([
      ...new Set(bids.map((bid) => bid.carrierOrganisationId)),
    ])
    return {
      data: bids.map((bid) =>
        BidTransformer.toJSON(
          bid,
          this.payments.splitOn(order, bid.amount),
          ratings.get(bid.carrierOrganisationId)
        )
      ),
    }
  }

  /** POST /api/v1/orders/:id/bids */
  async store(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('act', order, 'bid')
    const { params, ...input } = await ctx.request.validateUsing(createBidValidator)
    const bid = await this.bids.place(order, ctx.auth.getUserOrFail(), input)
    return ctx.response.created(this.toJSON(order, bid))
  }

  /** PATCH /api/v1/orders/:id/bids/:bidId */
  async update(ctx: HttpContext) {
    const { order, bid } = await this.ownBid(ctx)
    const { params, ...input } = await ctx.request.validateUsing(updateBidValidator)
    return this.toJSON(order, await this.bids.update(order, bid, ctx.auth.getUserOrFail(), input))
  }

  /** DELETE /api/v1/orders/:id/bids/:bidId: withdraw. */
  async destroy(ctx: HttpContext) {
    const { order, bid } = await this.ownBid(ctx)
    return this.toJSON(order, await this.bids.withdraw(order, bid, ctx.auth.getUserOrFail()))
  }

  /** POST /api/v1/orders/:id/accept-bid {bidId} */
  async accept(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    await ctx.bouncer.with(OrderPolicy).authorize('act', order, 'acceptBid')
    const { bidId } = await ctx.request.validateUsing(acceptBidValidator)
    const user = ctx.auth.getUserOrFail()
    const { order: assigned } = await this.bids.accept(order, user, bidId)
    return OrderTransformer.toJSON(
      assigned,
      await this.access.actionsOn(user, assigned),
      this.payments.splitOf(assigned)
    )
  }

  private toJSON(order: Order, bid: Bid) {
    return BidTransformer.toJSON(bid, this.payments.splitOn(order, bid.amount))
  }

  private async ownBid(ctx: HttpContext) {
    const order = await this.visibleOrder(ctx)
    const { params } = await ctx.request.validateUsing(bidIdValidator)
    const bid = await this.bids.findOnOrder(order, params.bidId)
    if (await ctx.bouncer.with(OrderPolicy).denies('viewBid', order, bid))
      throw DomainException.notFound('Bid')
    await ctx.bouncer.with(OrderPolicy).authorize('manageBid', bid)
    return { order, bid }
  }

  private async visibleOrder({ auth, request }: HttpContext) {
    const { params } = await request.validateUsing(orderIdValidator)
    return this.orders.findVisibleTo(auth.getUserOrFail(), params.id)
  }
}
