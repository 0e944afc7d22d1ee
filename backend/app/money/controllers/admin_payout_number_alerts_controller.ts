import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PayoutPolicy from '#money/policies/payout_policy'
import PayoutNumberService from '#money/services/payout_number_service'
import { PayoutNumberAlertTransformer } from '#money/transformers/payout_number_transformer'
import { payoutNumberAlertValidator } from '#money/validators/payout_number'

/** Money alerts not sent (a replaced payout number not warned yet): listed and sent again by admins. */
@inject()
export default class AdminPayoutNumberAlertsController {
  constructor(private numbers: PayoutNumberService) {}

  /** GET /api/v1/admin/payout-number-alerts */
  async index({ bouncer }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const unsent = await this.numbers.unsentAlerts()
    return { data: unsent.map((number) => PayoutNumberAlertTransformer.toJSON(number)) }
  }

  /** POST /api/v1/admin/payout-number-alerts/:id/send */
  async send({ bouncer, request }: HttpContext) {
    await bouncer.with(PayoutPolicy).authorize('administer')
    const { params } = await request.validateUsing(payoutNumberAlertValidator)
    await this.numbers.sendAlertAgain(Number(params.id))
    return { sent: true as const }
  }
}
