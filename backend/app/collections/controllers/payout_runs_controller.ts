import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import CooperativePolicy from '#collections/policies/cooperative_policy'
import CooperativeService from '#collections/services/cooperative_service'
import PayoutRunService from '#collections/services/payout_run_service'
import PayoutRunTransformer from '#collections/transformers/payout_run_transformer'
import type FarmerPayoutRun from '#collections/models/farmer_payout_run'
import { visibleCooperative } from '#collections/controllers/cooperatives_controller'
import {
  prepareRunValidator,
  retryRunLineValidator,
  runIdValidator,
} from '#collections/validators/payout_run'

/** A cooperative's payout runs: its manager prepares, reviews and approves them; failures are sent again. */
@inject()
export default class PayoutRunsController {
  constructor(
    private cooperatives: CooperativeService,
    private runs: PayoutRunService
  ) {}

  /** GET /api/v1/cooperatives/:id/payout-runs (manager) */
  async index(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(runIdValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    await ctx.bouncer.with(CooperativePolicy).authorize('manage', cooperative)
    const runs = await this.runs.list(cooperative)
    return { data: runs.map((run) => PayoutRunTransformer.toJSON(run)) }
  }

  /** POST /api/v1/cooperatives/:id/payout-runs { period } — prepared, or prepared again (manager) */
  async store(ctx: HttpContext) {
    const { params, period } = await ctx.request.validateUsing(prepareRunValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    await ctx.bouncer.with(CooperativePolicy).authorize('manage', cooperative)
    const run = await this.runs.prepare(ctx.auth.getUserOrFail(), cooperative, period)
    return ctx.response.created(await this.#detail(ctx, run))
  }

  /** GET /api/v1/payout-runs/:id (manager) */
  async show(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(runIdValidator)
    return this.#detail(ctx, await this.#run(ctx, params.id))
  }

  /** POST /api/v1/payout-runs/:id/approve (manager) */
  async approve(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(runIdValidator)
    const run = await this.#run(ctx, params.id)
    const approved = await this.runs.approve(ctx.auth.getUserOrFail(), run)
    return this.#detail(ctx, approved)
  }

  /** POST /api/v1/payout-runs/:id/lines/:lineId/retry — a failed farmer payout sent again (manager) */
  async retry(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(retryRunLineValidator)
    const run = await this.#run(ctx, params.id)
    await this.runs.retry(run, params.lineId)
    return this.#detail(ctx, run)
  }

  /** The run if the caller manages its cooperative; 404 when they do not see it. */
  async #run(ctx: HttpContext, id: number) {
    const run = await this.runs.find(id)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, run.cooperativeId).catch(
      () => {
        throw DomainException.notFound('Payout run')
      }
    )
    await ctx.bouncer.with(CooperativePolicy).authorize('manage', cooperative)
    return run
  }

  async #detail(ctx: HttpContext, run: FarmerPayoutRun) {
    await run.refresh()
    await run.load((loader) => loader.load('preparedBy').load('approvedBy'))
    const lines = await this.runs.lines(run)
    return PayoutRunTransformer.detail(
      run,
      lines,
      ctx.auth.getUserOrFail().locale,
      await this.runs.secondApproverRequired(run)
    )
  }
}
