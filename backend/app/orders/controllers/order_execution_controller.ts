import PhoneCountryService from '#accounts/services/phone_country_service'
import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OrderPolicy from '#orders/policies/order_policy'
import OrderService from '#orders/services/order_service'
import OrderAccessService from '#orders/services/order_access_service'
import DeliveryService from '#orders/services/delivery_service'
import UploadService from '#core/services/upload_service'
import OrderPayments from '#orders/services/order_payments'
import OrderTransformer from '#orders/transformers/order_transformer'
import { DRIVER_STATUS_MOVES } from '#orders/order_state_machine'
import { orderIdValidator, statusValidator } from '#orders/validators/order'
import { proofFileValidator, proofOfDeliveryValidator } from '#orders/validators/delivery'

/** The driver's moves, proof of delivery, and the shipper's confirmation. */
@inject()
export default class OrderExecutionController {
  constructor(
    private orders: OrderService,
    private access: OrderAccessService,
    private delivery: DeliveryService,
    private uploads: UploadService,
    private phoneCountry: PhoneCountryService,
    private payments: OrderPayments
  ) {}

  /** POST /api/v1/orders/:id/status {status, position?} (+ multipart `photo` at picked_up) */
  async status({ auth, bouncer, request }: HttpContext) {
    const { params, ...input } = await request.validateUsing(statusValidator)
    const user = auth.getUserOrFail()
    const order = await this.orders.findVisibleTo(user, params.id)
    await bouncer.with(OrderPolicy).authorize('act', order, DRIVER_STATUS_MOVES[input.status])
    const moved = await this.delivery.move(order, user, input)
    return OrderTransformer.toJSON(
      moved,
      await this.access.actionsOn(user, moved),
      this.payments.splitOf(moved)
    )
  }

  /** POST /api/v1/orders/:id/proof-of-delivery (multipart) */
  async proofOfDelivery({ auth, bouncer, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { params: idParams } = await request.validateUsing(orderIdValidator)
    const order = await this.orders.findVisibleTo(user, idParams.id)
    await bouncer.with(OrderPolicy).authorize('act', order, 'submitProof')
    const { params, ...input } = await request.validateUsing(
      proofOfDeliveryValidator,
      await this.phoneCountry.of(user)
    )
    const { order: delivered, proof } = await this.delivery.submitProof(order, user, input)
    return response.created({
      order: OrderTransformer.toJSON(
        delivered,
        await this.access.actionsOn(user, delivered),
        this.payments.splitOf(delivered)
      ),
      proofOfDelivery: OrderTransformer.proof(proof),
    })
  }

  /** GET /api/v1/orders/:id/proof-of-delivery */
  async showProof({ auth, bouncer, request }: HttpContext) {
    const { params } = await request.validateUsing(orderIdValidator)
    const order = await this.orders.findVisibleTo(auth.getUserOrFail(), params.id)
    await bouncer.with(OrderPolicy).authorize('viewProof', order)
    return OrderTransformer.proof(await this.delivery.proofOf(order))
  }

  /** GET /api/v1/orders/:id/proof-of-delivery/:file (photo | signature) */
  async proofFile({ auth, bouncer, request, response }: HttpContext) {
    const { params } = await request.validateUsing(proofFileValidator)
    const order = await this.orders.findVisibleTo(auth.getUserOrFail(), params.id)
    await bouncer.with(OrderPolicy).authorize('viewProof', order)
    const proof = await this.delivery.proofOf(order)
    await this.uploads.send(response, params.file === 'photo' ? proof.photoKey : proof.signatureKey)
  }

  /** POST /api/v1/orders/:id/confirm-delivery */
  async confirm({ auth, bouncer, request }: HttpContext) {
    const { params } = await request.validateUsing(orderIdValidator)
    const user = auth.getUserOrFail()
    const order = await this.orders.findVisibleTo(user, params.id)
    await bouncer.with(OrderPolicy).authorize('act', order, 'confirmDelivery')
    const completed = await this.delivery.confirm(order, user)
    return OrderTransformer.toJSON(
      completed,
      await this.access.actionsOn(user, completed),
      this.payments.splitOf(completed)
    )
  }
}
