import type { LatLng } from '#core/models/geo_point'

export interface PlannedRoute {
  /** GeoJSON order: [lng, lat]. */
  coordinates: [number, number][]
  distanceM: number
  durationS: number
  source: 'osrm' | 'straight'
}

/** Plans a driving route through the given points, in order. */
export interface RouteProvider {
  route(points: LatLng[]): Promise<PlannedRoute>
}
