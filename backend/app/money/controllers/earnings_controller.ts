import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import OrderAccessService from '#orders/services/order_access_service'
import EarningsService from '#money/services/earnings_service'
import EarningsTransformer from '#money/transformers/earnings_transformer'
import { earningsValidator } from '#money/validators/earnings'

/** GET /api/v1/earnings?period=YYYY-MM&format=json|csv: the caller's carrier, for whoever runs it. */
@inject()
export default class EarningsController {
  constructor(
    private access: OrderAccessService,
    private earnings: EarningsService
  ) {}

  async index({ auth, request, response }: HttpContext) {
    const { period, format } = await request.validateUsing(earningsValidator)
    const user = auth.getUserOrFail()
    const { standing } = await this.access.actorOf(user)
    if (!standing.manager || standing.carrierId === null) {
      throw new DomainException('Earnings are read by the owner or a dispatcher of a carrier.', {
        status: 403,
        code: 'E_AUTHORIZATION_FAILURE',
      })
    }
    const earnings = await this.earnings.of(standing.carrierId, period)
    if (format === 'csv') {
      response.header('Content-Type', 'text/csv; charset=utf-8')
      response.header(
        'Content-Disposition',
        `attachment; filename="earnings-${period ?? 'all'}.csv"`
      )
      return this.earnings.csvOf(earnings)
    }
    return EarningsTransformer.toJSON(earnings, user.locale)
  }
}
