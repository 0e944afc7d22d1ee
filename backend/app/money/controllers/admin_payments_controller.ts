import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { paginate } from '#core/contract/response_schema'
import PayoutPolicy from '#money/policies/payout_policy'
import PaymentOperationsService from '#money/services/payment_operations_service'
import PaymentTransformer from '#money/transformers/payment_transformer'
import PaymentReconciliationTransformer from '#money/transformers/payment_reconciliation_transformer'
import {
  listPendingPaymentsValidator,
  listReconciliationsValidator,
  paymentActionValidator,
} from '#money/validators/payment'

/** Admins watch incoming money: pay-ins still waiting for their provider, and what reconciliation found. */
@inject()
export default class AdminPaymentsController {
  constructor(private operations: PaymentOperationsService) {}

  /** GET /api/v1/admin/payments/pending?stuck=&page=&perPage= */
  async pending({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { page, perPage, ...filters } = await listPendingPaymentsValidator.validate(request.qs())
    const found = await this.operations.pending(filters, page ?? 1, perPage ?? 50)
    const locale = auth.getUserOrFail().locale
    return paginate(found, (row) => PaymentReconciliationTransformer.pending(row, locale))
  }

  /** GET /api/v1/admin/payments/reconciliations?unsettled=&paymentId=&page=&perPage= */
  async reconciliations({ bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { page, perPage, ...filters } = await listReconciliationsValidator.validate(request.qs())
    const found = await this.operations.reconciliations(filters, page ?? 1, perPage ?? 50)
    return paginate(found, (check) => PaymentReconciliationTransformer.toJSON(check))
  }

  /** POST /api/v1/admin/payments/:id/check {reason}: ask the provider now. */
  async check({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params, reason } = await request.validateUsing(paymentActionValidator)
    const user = auth.getUserOrFail()
    return this.#present(await this.operations.check(params.id, user, reason), user.locale)
  }

  /** POST /api/v1/admin/payments/:id/close {reason}: stop waiting; the provider's last word applies. */
  async close({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params, reason } = await request.validateUsing(paymentActionValidator)
    const user = auth.getUserOrFail()
    return this.#present(await this.operations.close(params.id, user, reason), user.locale)
  }

  #present(
    done: Awaited<ReturnType<PaymentOperationsService['check']>>,
    locale: Parameters<typeof PaymentTransformer.toJSON>[1]
  ) {
    return {
      payment: PaymentTransformer.toJSON(done.payment, locale),
      check: PaymentReconciliationTransformer.toJSON(done.check),
    }
  }
}
