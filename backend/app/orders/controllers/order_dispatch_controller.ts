import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OrderPolicy from '#orders/policies/order_policy'
import OrderService from '#orders/services/order_service'
import DispatchService from '#orders/services/dispatch_service'
import DispatchSuggestionService from '#orders/services/dispatch_suggestion_service'
import OrderAccessService from '#orders/services/order_access_service'
import { dispatchActionFor } from '#orders/order_state_machine'
import OrderPayments from '#orders/services/order_payments'
import OrderTransformer from '#orders/transformers/order_transformer'
import { reasonValidator } from '#orders/validators/order'
import { assignValidator, suggestionsValidator } from '#orders/validators/dispatch'

/** Dispatchers assign, reassign and unassign orders, helped by suggestions. */
@inject()
export default class OrderDispatchController {
  constructor(
    private orders: OrderService,
    private access: OrderAccessService,
    private dispatch: DispatchService,
    private suggester: DispatchSuggestionService,
    private payments: OrderPayments
  ) {}

  /** POST /api/v1/orders/:id/assign {driverId, vehicleId}: assign, or reassign before pickup. */
  async assign({ auth, bouncer, request }: HttpContext) {
    const { params, driverId, vehicleId, priceAmount } =
      await request.validateUsing(assignValidator)
    const user = auth.getUserOrFail()
    const order = await this.orders.findVisibleTo(user, params.id)
    await bouncer.with(OrderPolicy).authorize('act', order, dispatchActionFor(order))
    const assigned = await this.dispatch.assign(order, user, { driverId, vehicleId, priceAmount })
    return OrderTransformer.toJSON(
      assigned,
      await this.access.actionsOn(user, assigned),
      this.payments.splitOf(assigned)
    )
  }

  /** POST /api/v1/orders/:id/unassign {reason} */
  async unassign({ auth, bouncer, request }: HttpContext) {
    const { params, reason } = await request.validateUsing(reasonValidator)
    const user = auth.getUserOrFail()
    const order = await this.orders.findVisibleTo(user, params.id)
    await bouncer.with(OrderPolicy).authorize('act', order, 'unassign')
    const unassigned = await this.dispatch.unassign(order, user, reason)
    return OrderTransformer.toJSON(
      unassigned,
      await this.access.actionsOn(user, unassigned),
      this.payments.splitOf(unassigned)
    )
  }

  /** GET /api/v1/orders/:id/suggestions?radiusKm=&limit= */
  async suggestions({ auth, bouncer, request }: HttpContext) {
    const { params, ...options } = await request.validateUsing(suggestionsValidator)
    const user = auth.getUserOrFail()
    const order = await this.orders.findVisibleTo(user, params.id)
    await bouncer.with(OrderPolicy).authorize('act', order, dispatchActionFor(order))
    const { standing } = await this.access.actorOf(user)
    const everyCarrier = standing.admin || standing.platformDispatcher
    const data = await this.suggester.forOrder(order, {
      ...options,
      carrierOrganisationId: everyCarrier ? undefined : standing.carrierId!,
    })
    return { data }
  }
}
