import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { paginate } from '#core/contract/response_schema'
import PayoutPolicy from '#money/policies/payout_policy'
import PayoutOperationsService from '#money/services/payout_operations_service'
import PayoutPayees from '#money/services/payout_payees'
import type Payout from '#money/models/payout'
import type { Locale } from '#core/locales'
import PayoutTransformer from '#money/transformers/payout_transformer'
import {
  listPayoutsValidator,
  markPayoutSentValidator,
  payoutActionValidator,
  payoutSwitchValidator,
  refundedByHandValidator,
  refundValidator,
} from '#money/validators/payout'

/** Admins steer outgoing money: payouts and refunds, retries, cancellations, the kill switch. */
@inject()
export default class AdminPayoutsController {
  constructor(
    private operations: PayoutOperationsService,
    private payees: PayoutPayees
  ) {}

  /** GET /api/v1/admin/payouts?status=&kind=&attention=&orderId=&page=&perPage= */
  async index({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { page, perPage, ...filters } = await listPayoutsValidator.validate(request.qs())
    const found = await this.operations.search(filters, page ?? 1, perPage ?? 50)
    const locale = auth.getUserOrFail().locale
    const payees = await this.payees.of(found.all())
    return paginate(found, (payout) =>
      PayoutTransformer.toJSON(payout, locale, payees.get(payout.id) ?? null)
    )
  }

  /** POST /api/v1/admin/payouts/:id/retry {reason} */
  async retry({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params, reason } = await request.validateUsing(payoutActionValidator)
    const user = auth.getUserOrFail()
    const payout = await this.operations.retry(params.id, user, reason)
    return this.#present(payout, user.locale)
  }

  /** POST /api/v1/admin/payouts/:id/cancel {reason} */
  async cancel({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params, reason } = await request.validateUsing(payoutActionValidator)
    const user = auth.getUserOrFail()
    const payout = await this.operations.cancel(params.id, user, reason)
    return this.#present(payout, user.locale)
  }

  /** POST /api/v1/admin/payouts/:id/mark-sent {receipt, reason}: the provider confirmed it arrived. */
  async markSent({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params, receipt, reason } = await request.validateUsing(markPayoutSentValidator)
    const user = auth.getUserOrFail()
    const payout = await this.operations.markSent(params.id, user, receipt, reason)
    return this.#present(payout, user.locale)
  }

  /** POST /api/v1/admin/payouts/:id/mark-failed {reason}: the provider confirmed it did not leave. */
  async markFailed({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params, reason } = await request.validateUsing(payoutActionValidator)
    const user = auth.getUserOrFail()
    const payout = await this.operations.markFailed(params.id, user, reason)
    return this.#present(payout, user.locale)
  }

  /** POST /api/v1/admin/payouts/:id/refunded-by-hand {receipt?, reason}: returned to the payer outside Njia. */
  async refundedByHand({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params, receipt, reason } = await request.validateUsing(refundedByHandValidator)
    const user = auth.getUserOrFail()
    const payout = await this.operations.refundedByHand(params.id, user, receipt ?? null, reason)
    return this.#present(payout, user.locale)
  }

  /** POST /api/v1/admin/orders/:id/refunds {amount?, key, reason} */
  async refund({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params, ...input } = await request.validateUsing(refundValidator)
    const user = auth.getUserOrFail()
    const refund = await this.operations.refund(params.id, user, input)
    response.status(refund.$isLocal ? 201 : 200)
    return this.#present(refund, user.locale)
  }

  /** GET /api/v1/admin/payouts/switch */
  async showSwitch({ bouncer }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    return this.operations.switchState()
  }

  /** PUT /api/v1/admin/payouts/switch {paused, reason} */
  async updateSwitch({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { paused, reason } = await request.validateUsing(payoutSwitchValidator)
    return this.operations.setPaused(paused, auth.getUserOrFail(), reason)
  }

  /** One payout as the console shows it, named by whom it pays. */
  async #present(payout: Payout, locale: Locale) {
    const payees = await this.payees.of([payout])
    return PayoutTransformer.toJSON(payout, locale, payees.get(payout.id) ?? null)
  }
}
