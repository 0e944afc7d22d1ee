import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import DomainException from '#core/exceptions/domain_exception'
import CooperativePolicy from '#collections/policies/cooperative_policy'
import CooperativeService from '#collections/services/cooperative_service'
import IntakeService from '#collections/services/intake_service'
import StatementTransformer from '#collections/transformers/statement_transformer'
import ReportTransformer from '#collections/transformers/report_transformer'
import { visibleCooperative } from '#collections/controllers/cooperatives_controller'
import { recordIntakeValidator, varianceValidator } from '#collections/validators/statement'

/** Routes' bulk milk weighed in at the cooler, and the variance against their farm collections. */
@inject()
export default class IntakesController {
  constructor(
    private cooperatives: CooperativeService,
    private intakes: IntakeService
  ) {}

  /** POST /api/v1/collection-routes/:id/intakes { date, shift, quantityLitres } (members) */
  async store(ctx: HttpContext) {
    const { params, ...input } = await ctx.request.validateUsing(recordIntakeValidator)
    const route = await this.cooperatives.findRoute(params.id)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, route.cooperativeId).catch(
      () => {
        throw DomainException.notFound('Route')
      }
    )
    await ctx.bouncer.with(CooperativePolicy).authorize('work', cooperative)
    const intake = await this.intakes.record(ctx.auth.getUserOrFail(), route, input)
    return ctx.response.created(StatementTransformer.intake(intake))
  }

  /** GET /api/v1/cooperatives/:id/variance?from=&to= */
  async variance(ctx: HttpContext) {
    const { params, from, to } = await ctx.request.validateUsing(varianceValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    const iso = (date: Date) => DateTime.fromJSDate(date).toISODate()!
    const rows = await this.intakes.variance(cooperative, iso(from), iso(to))
    return ReportTransformer.variance(cooperative.varianceThresholdPct, rows)
  }
}
