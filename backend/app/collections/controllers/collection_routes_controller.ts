import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import CooperativePolicy from '#collections/policies/cooperative_policy'
import CooperativeService from '#collections/services/cooperative_service'
import RouteRunService from '#collections/services/route_run_service'
import CooperativeTransformer from '#collections/transformers/cooperative_transformer'
import { visibleCooperative } from '#collections/controllers/cooperatives_controller'
import {
  cooperativeIdValidator,
  createRouteValidator,
  routeIdValidator,
  updateRouteValidator,
} from '#collections/validators/cooperative'

/** A cooperative's milk runs: stops in order, truck and driver, shifts. */
@inject()
export default class CollectionRoutesController {
  constructor(
    private cooperatives: CooperativeService,
    private runs: RouteRunService
  ) {}

  /** GET /api/v1/cooperatives/:id/routes */
  async index(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(cooperativeIdValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    const routes = await this.cooperatives.routes(cooperative)
    return { data: routes.map((route) => CooperativeTransformer.route(route)) }
  }

  /** POST /api/v1/cooperatives/:id/routes (manager, admin) */
  async store(ctx: HttpContext) {
    const { params, ...input } = await ctx.request.validateUsing(createRouteValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    await ctx.bouncer.with(CooperativePolicy).authorize('manage', cooperative)
    const route = await this.cooperatives.createRoute(cooperative, input)
    return ctx.response.created(CooperativeTransformer.route(route))
  }

  /** GET /api/v1/collection-routes/:id — its cooperative's members and its driver. */
  async show(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(routeIdValidator)
    const route = await this.cooperatives.findRoute(params.id)
    if (route.driverId !== ctx.auth.getUserOrFail().id) {
      await visibleCooperative(ctx, this.cooperatives, route.cooperativeId).catch(() => {
        throw DomainException.notFound('Route')
      })
    }
    return CooperativeTransformer.route(route)
  }

  /** PATCH /api/v1/collection-routes/:id (manager, admin) */
  async update(ctx: HttpContext) {
    const { params, ...input } = await ctx.request.validateUsing(updateRouteValidator)
    const route = await this.cooperatives.findRoute(params.id)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, route.cooperativeId).catch(
      () => {
        throw DomainException.notFound('Route')
      }
    )
    await ctx.bouncer.with(CooperativePolicy).authorize('manage', cooperative)
    return CooperativeTransformer.route(
      await this.cooperatives.updateRoute(cooperative, route, input)
    )
  }

  /** GET /api/v1/collection-routes/mine — the routes the caller drives. */
  async mine({ auth }: HttpContext) {
    const routes = await this.cooperatives.routesDrivenBy(auth.getUserOrFail())
    return { data: routes.map((route) => CooperativeTransformer.route(route)) }
  }

  /** GET /api/v1/collection-routes/:id/today — its assigned driver and its cooperative's staff. */
  async today(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(routeIdValidator)
    const route = await this.runs.findFor(ctx.auth.getUserOrFail(), params.id)
    return CooperativeTransformer.run(await this.runs.today(route))
  }
}
