import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import OrderPolicy from '#orders/policies/order_policy'
import OrderService from '#orders/services/order_service'
import OrderAccessService from '#orders/services/order_access_service'
import DisputeService from '#orders/services/dispute_service'
import OrderPayments from '#orders/services/order_payments'
import OrderTransformer from '#orders/transformers/order_transformer'
import { orderIdValidator } from '#orders/validators/order'
import UploadService from '#core/services/upload_service'
import { disputeValidator, evidenceFileValidator } from '#orders/validators/delivery'

/** The shipper disputes a delivery (an admin decides it: AdminDisputesController). */
@inject()
export default class OrderDisputesController {
  constructor(
    private orders: OrderService,
    private access: OrderAccessService,
    private disputes: DisputeService,
    private uploads: UploadService,
    private payments: OrderPayments
  ) {}

  /** POST /api/v1/orders/:id/dispute {reason, description} + `evidence` files */
  async store({ auth, bouncer, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { params: idParams } = await request.validateUsing(orderIdValidator)
    const order = await this.orders.findVisibleTo(user, idParams.id)
    await bouncer.with(OrderPolicy).authorize('act', order, 'dispute')
    const { params, ...input } = await disputeValidator.validate({
      ...request.all(),
      evidence: request.files('evidence'),
      params: request.params(),
    })
    const result = await this.disputes.open(order, user, input)
    return response.created({
      order: OrderTransformer.toJSON(
        result.order,
        await this.access.actionsOn(user, result.order),
        this.payments.splitOf(result.order)
      ),
      dispute: OrderTransformer.dispute(result.dispute),
    })
  }

  /** GET /api/v1/orders/:id/dispute: the latest dispute. */
  async show({ auth, request }: HttpContext) {
    const { params } = await request.validateUsing(orderIdValidator)
    const order = await this.orders.findVisibleTo(auth.getUserOrFail(), params.id)
    return OrderTransformer.dispute(await this.disputes.latest(order))
  }

  /**
   * GET /api/v1/orders/:id/dispute/evidence/:index: one evidence file of the
   * latest dispute, for the parties to the order and platform staff (the
   * rule of the proof of delivery it disputes).
   */
  async evidence({ auth, bouncer, request, response }: HttpContext) {
    const { params } = await request.validateUsing(evidenceFileValidator)
    const order = await this.orders.findVisibleTo(auth.getUserOrFail(), params.id)
    await bouncer.with(OrderPolicy).authorize('viewProof', order)
    const dispute = await this.disputes.latest(order)
    const file = dispute.evidence[params.index]
    if (!file) throw DomainException.notFound('Evidence file')
    await this.uploads.send(response, file.key, { fileName: file.fileName })
  }
}
