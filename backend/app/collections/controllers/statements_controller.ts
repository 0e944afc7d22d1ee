import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import CooperativePolicy from '#collections/policies/cooperative_policy'
import CooperativeService from '#collections/services/cooperative_service'
import FarmerService from '#collections/services/farmer_service'
import MilkPriceService from '#collections/services/milk_price_service'
import StatementService from '#collections/services/statement_service'
import StatementTransformer, {
  statementSmsSchema,
} from '#collections/transformers/statement_transformer'
import type { z } from '#core/contract/response_schema'
import { visibleCooperative } from '#collections/controllers/cooperatives_controller'
import {
  addAdjustmentValidator,
  pricesQueryValidator,
  setPricesValidator,
  statementSmsValidator,
  statementValidator,
} from '#collections/validators/statement'

/** Rate charts, deductions and bonuses, and farmers' statements (web, CSV, one SMS). */
@inject()
export default class StatementsController {
  constructor(
    private cooperatives: CooperativeService,
    private farmers: FarmerService,
    private rates: MilkPriceService,
    private statements: StatementService
  ) {}

  /** GET /api/v1/cooperatives/:id/prices?period=YYYY-MM */
  async prices(ctx: HttpContext) {
    const { params, period } = await ctx.request.validateUsing(pricesQueryValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    const chart = await this.rates.chart(cooperative, period)
    return StatementTransformer.rateChart(period, cooperative.currency, chart)
  }

  /** PUT /api/v1/cooperatives/:id/prices { period, prices: { A, B } } (manager) */
  async setPrices(ctx: HttpContext) {
    const { params, period, prices } = await ctx.request.validateUsing(setPricesValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    await ctx.bouncer.with(CooperativePolicy).authorize('manage', cooperative)
    const chart = await this.rates.setChart(cooperative, period, prices)
    return StatementTransformer.rateChart(period, cooperative.currency, chart)
  }

  /** POST /api/v1/farmers/:id/adjustments (manager) */
  async addAdjustment(ctx: HttpContext) {
    const { params, ...input } = await ctx.request.validateUsing(addAdjustmentValidator)
    const { farmer, cooperative } = await this.#farmer(ctx, params.id)
    await ctx.bouncer.with(CooperativePolicy).authorize('manage', cooperative)
    const adjustment = await this.statements.addAdjustment(ctx.auth.getUserOrFail(), farmer, input)
    return ctx.response.created(StatementTransformer.adjustment(adjustment, farmer.locale))
  }

  /** GET /api/v1/farmers/:id/statement?period=YYYY-MM&format=json|csv (members) */
  async show(ctx: HttpContext) {
    const { params, period, format } = await ctx.request.validateUsing(statementValidator)
    const { farmer } = await this.#farmer(ctx, params.id)
    const statement = await this.statements.statement(farmer, period)
    if (format === 'csv') {
      ctx.response.header('Content-Type', 'text/csv; charset=utf-8')
      ctx.response.header(
        'Content-Disposition',
        `attachment; filename="statement-${farmer.memberNumber}-${period}.csv"`
      )
      return this.statements.csvOf(statement)
    }
    return StatementTransformer.statement(statement, this.statements.summaryOf(statement))
  }

  /** POST /api/v1/farmers/:id/statement/sms { period } — the one-SMS summary to the farmer (members) */
  async sendSms(ctx: HttpContext) {
    const { params, period } = await ctx.request.validateUsing(statementSmsValidator)
    const { farmer } = await this.#farmer(ctx, params.id)
    const message = await this.statements.sendSummary(farmer, period)
    const sent: z.infer<typeof statementSmsSchema> = {
      sent: message.status !== 'failed',
      body: message.body,
    }
    return sent
  }

  /** The farmer if the caller works for their cooperative (admins and managers too); 404 otherwise. */
  async #farmer(ctx: HttpContext, id: number) {
    const farmer = await this.farmers.find(id)
    const cooperative = await visibleCooperative(
      ctx,
      this.cooperatives,
      farmer.cooperativeId
    ).catch(() => {
      throw DomainException.notFound('Farmer')
    })
    return { farmer, cooperative }
  }
}
