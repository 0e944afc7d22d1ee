import trackingConfig from '#config/tracking'
import type { LatLng } from '#core/models/geo_point'
import type { PlannedRoute } from '#tracking/routing/route_provider'
import type RouteProvider from '#tracking/routing/route_provider'
import { distanceM } from '#tracking/routing/geo'

/**
 * No router configured: the plan is the straight line between the stops;
 * the duration assumes roads are `detourFactor` longer than the line, driven
 * at the default speed.
 */
export default class StraightLineRouter implements RouteProvider {
  async route(points: LatLng[]): Promise<PlannedRoute> {
    let distance = 0
    for (let i = 1; i < points.length; i++) distance += distanceM(points[i - 1], points[i])
    const { defaultSpeedKmh, detourFactor } = trackingConfig.eta
    return {
      coordinates: points.map((p) => [p.lng, p.lat]),
      distanceM: distance,
      durationS: (distance * detourFactor) / (defaultSpeedKmh / 3.6),
      source: 'straight',
    }
  }
}
