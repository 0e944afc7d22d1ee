import type { LatLng } from '#core/models/geo_point'

export interface PlannedRoute {
  /** GeoJSON order: [lng, lat]. */
  coordinates: [number, number][]
  distanceM: number
  durationS: number
  source: 'osrm' | 'straight'
}

/**
 * Plans a driving route through the given points, in order. An abstract
 * class rather than an interface so it can be the container's key: the app
 * provider binds the one chosen by configuration (OSRM when `ROUTER_URL` is
 * set, a straight line otherwise) and a test swaps it.
 */
export default abstract class RouteProvider {
  abstract route(points: LatLng[]): Promise<PlannedRoute>
}
