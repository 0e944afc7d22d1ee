import type { LatLng } from '#core/models/geo_point'
import type { PlannedRoute } from '#tracking/routing/route_provider'
import type RouteProvider from '#tracking/routing/route_provider'

interface OsrmResponse {
  code?: string
  message?: string
  routes?: {
    distance?: number
    duration?: number
    geometry?: { type?: string; coordinates?: [number, number][] }
  }[]
}

/**
 * Any OSRM-compatible HTTP router (OSRM itself, or a service speaking its
 * API): `GET {base}/route/v1/driving/{lng},{lat};{lng},{lat}?overview=full&geometries=geojson`,
 * answered by `{ code: "Ok", routes: [{ distance, duration, geometry }] }`.
 */
export default class OsrmRouter implements RouteProvider {
  constructor(
    private baseUrl: string,
    private timeoutMs = 3_000
  ) {}

  async route(points: LatLng[]): Promise<PlannedRoute> {
    const coordinates = points.map((p) => `${p.lng.toFixed(6)},${p.lat.toFixed(6)}`).join(';')
    const url = new URL(
      `route/v1/driving/${coordinates}`,
      this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`
    )
    url.searchParams.set('overview', 'full')
    url.searchParams.set('geometries', 'geojson')
    url.searchParams.set('steps', 'false')

    const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) })
    const body = (await response.json().catch(() => ({}))) as OsrmResponse
    const route = body.routes?.[0]
    if (!response.ok || body.code !== 'Ok' || !route?.geometry?.coordinates?.length) {
      throw new Error(`router answered ${response.status} ${body.code ?? ''} ${body.message ?? ''}`)
    }
    return {
      coordinates: route.geometry.coordinates,
      distanceM: Number(route.distance ?? 0),
      durationS: Number(route.duration ?? 0),
      source: 'osrm',
    }
  }
}
