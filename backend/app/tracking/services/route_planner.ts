import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import type { LatLng } from '#core/models/geo_point'
import RouteProvider, { type PlannedRoute } from '#tracking/routing/route_provider'
import StraightLineRouter from '#tracking/routing/straight_line_router'

/**
 * Plans routes with the router the container provides (`RouteProvider`,
 * bound by configuration in providers/app_provider.ts), falling back to a
 * straight line when that router fails, so tracking never stalls on it.
 */
@inject()
export default class RoutePlanner {
  #straight = new StraightLineRouter()

  constructor(private router: RouteProvider) {}

  async plan(points: LatLng[]): Promise<PlannedRoute> {
    try {
      return await this.router.route(points)
    } catch (error) {
      logger.warn({ err: error }, 'router unavailable, using a straight line')
      return this.#straight.route(points)
    }
  }
}
