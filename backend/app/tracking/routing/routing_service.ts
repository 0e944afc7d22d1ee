import logger from '@adonisjs/core/services/logger'
import trackingConfig from '#config/tracking'
import type { LatLng } from '#core/models/geo_point'
import type { PlannedRoute, RouteProvider } from '#tracking/routing/route_provider'
import OsrmRouter from '#tracking/routing/osrm_router'
import StraightLineRouter from '#tracking/routing/straight_line_router'

const straight = new StraightLineRouter()

/**
 * The router chosen by configuration (ROUTER_URL -> OSRM), falling back to
 * a straight line when the router is down, so tracking never stalls on it.
 */
export async function planRoute(
  points: LatLng[],
  router = configuredRouter()
): Promise<PlannedRoute> {
  if (!router) return straight.route(points)
  try {
    return await router.route(points)
  } catch (error) {
    logger.warn({ err: error }, 'router unavailable, using a straight line')
    return straight.route(points)
  }
}

export function configuredRouter(): RouteProvider | null {
  return trackingConfig.routerUrl ? new OsrmRouter(trackingConfig.routerUrl) : null
}
