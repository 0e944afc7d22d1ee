import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OrderPolicy from '#orders/policies/order_policy'
import DisputeService from '#orders/services/dispute_service'
import DisputeCaseTransformer from '#orders/transformers/dispute_case_transformer'
import { paginate } from '#core/contract/response_schema'
import {
  disputeDecisionValidator,
  disputeIdValidator,
  listDisputesValidator,
} from '#orders/validators/dispute_case'

/** The console's disputes: admins and platform dispatchers list and read them; admins decide them. */
@inject()
export default class AdminDisputesController {
  constructor(private disputes: DisputeService) {}

  /** GET /api/v1/admin/disputes?status=&page=&perPage= */
  async index({ bouncer, request }: HttpContext) {
    await bouncer.with(OrderPolicy).authorize('reviewDisputes')
    const filters = await listDisputesValidator.validate(request.qs())
    const page = await this.disputes.list({
      status: filters.status,
      page: filters.page ?? 1,
      perPage: filters.perPage ?? 20,
    })
    return paginate(page, (dispute) => DisputeCaseTransformer.toJSON(dispute))
  }

  /** GET /api/v1/admin/disputes/:id: the case with what escrow holds now. */
  async show({ bouncer, request }: HttpContext) {
    await bouncer.with(OrderPolicy).authorize('reviewDisputes')
    const { params } = await request.validateUsing(disputeIdValidator)
    const dispute = await this.disputes.find(params.id)
    return DisputeCaseTransformer.details(dispute, await this.disputes.held(dispute))
  }

  /** POST /api/v1/admin/disputes/:id/decision {decision, carrierAmount?, note} */
  async decide({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(OrderPolicy).authorize('actOnAny', 'resolveDispute')
    const { params, ...input } = await request.validateUsing(disputeDecisionValidator)
    const dispute = await this.disputes.decide(params.id, auth.getUserOrFail(), input)
    return DisputeCaseTransformer.details(dispute, await this.disputes.held(dispute))
  }
}
