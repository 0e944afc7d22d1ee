import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OrderService from '#orders/services/order_service'
import { mobileProvidersFor } from '#money/payment_providers'
import PaymentPolicy from '#money/policies/payment_policy'
import PaymentService from '#money/services/payment_service'
import PaymentTransformer from '#money/transformers/payment_transformer'
import { orderPaymentsValidator, startPaymentValidator } from '#money/validators/payment'

/** An order's pay-ins: the shipper side pays and follows them. */
@inject()
export default class PaymentsController {
  constructor(
    private orders: OrderService,
    private payments: PaymentService
  ) {}

  /** GET /api/v1/orders/:id/payments */
  async index({ auth, bouncer, request }: HttpContext) {
    const { params } = await request.validateUsing(orderPaymentsValidator)
    const user = auth.getUserOrFail()
    const order = await this.orders.findVisibleTo(user, params.id)
    await bouncer.with(PaymentPolicy).authorize('view', order)
    const payments = await this.payments.forOrder(order.id)
    return {
      data: payments.map((payment) => PaymentTransformer.toJSON(payment, user.locale)),
      providers: mobileProvidersFor(order.currency),
    }
  }

  /** POST /api/v1/orders/:id/payments {provider, phone?} */
  async store({ auth, bouncer, request, response }: HttpContext) {
    const { params, ...input } = await request.validateUsing(startPaymentValidator)
    const user = auth.getUserOrFail()
    const order = await this.orders.findVisibleTo(user, params.id)
    await bouncer.with(PaymentPolicy).authorize('pay', order)
    const payment = await this.payments.start(order, user, input)
    return response.created(PaymentTransformer.toJSON(payment, user.locale))
  }
}
