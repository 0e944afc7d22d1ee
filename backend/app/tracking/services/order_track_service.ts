import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import trackingConfig from '#config/tracking'
import type Order from '#orders/models/order'
import { ACTIVE_DRIVER_STATUSES, ASSIGNED_BEFORE_PICKUP } from '#orders/order_state_machine'
import type { LatLng } from '#core/models/geo_point'
import { distanceM } from '#tracking/routing/geo'
import RoutePlanner from '#tracking/services/route_planner'
import type { LineFeature, OrderTrack } from '#tracking/transformers/tracking_schemas'

const BEFORE_PICKUP = new Set<string>(ASSIGNED_BEFORE_PICKUP)
const MOVING = new Set<string>(ACTIVE_DRIVER_STATUSES)
/** After the order left the driver: a phone clock ahead of ours, a cached context (see `window`). */
const TRACK_END_SLACK_MS = 60 * 60_000

/** Epoch ms, both ends included. */
export interface TrackWindow {
  from: number
  to: number
}

/**
 * An order's journey for the map: the path actually driven (GeoJSON,
 * simplified when long), the planned route, the last position and the ETA
 * to the next stop. The driven path is the current crew's: the points of
 * the assigned driver only, none while nobody is assigned, so a crew taken
 * off the order leaves no trace for the next carrier.
 */
@inject()
export default class OrderTrackService {
  constructor(private planner: RoutePlanner) {}

  async show(order: Order, bounds: { from?: number; to?: number }): Promise<OrderTrack> {
    const driverId = order.assignedDriverId ?? -1
    const window = this.window(order, bounds)
    const [actual, last, planned] = await Promise.all([
      this.actualPath(order.id, driverId, window),
      this.lastPoint(order.id, driverId, window),
      this.plannedRoute(order),
    ])
    const eta = MOVING.has(order.status) && last ? await this.eta(order, last) : null
    return { orderId: order.id, status: order.status, actual, planned, lastPosition: last, eta }
  }

  /**
   * When the order's points can have been recorded, narrowed by the
   * caller's bounds: gps_pings is partitioned by day, so a read bounded by
   * the order's life touches only its days. A point is the order's only if
   * recorded after assignment (less the clock skew we allow), and received
   * while the order was the driver's active one; after delivery or
   * cancellation, a point can still be one the phone recorded a little
   * ahead of our clock, or one taken while its context was cached.
   */
  window(order: Order, { from, to }: { from?: number; to?: number }): TrackWindow {
    const { clockSkewMs } = trackingConfig.ingest
    const left = MOVING.has(order.status) ? null : (order.deliveredAt ?? order.cancelledAt)
    const end = left ? left.toMillis() + TRACK_END_SLACK_MS : Date.now() + clockSkewMs
    const start = order.createdAt.toMillis() - clockSkewMs
    return { from: Math.max(from ?? start, start), to: Math.min(to ?? end, end) }
  }

  async actualPath(orderId: number, driverId: number, { from, to }: TrackWindow) {
    const tolerance = 0.00005 // degrees, ~5 m: invisible on a map, drops GPS jitter
    const result = await db.rawQuery(
      `WITH pts AS (
         SELECT position::geometry AS g, recorded_at FROM gps_pings
         WHERE order_id = ? AND driver_id = ? AND recorded_at >= ?::timestamptz
           AND recorded_at <= ?::timestamptz
       ), line AS (
         SELECT count(*) AS n, min(recorded_at) AS first_at, max(recorded_at) AS last_at,
                ST_MakeLine(g ORDER BY recorded_at) AS geom FROM pts
       )
       SELECT n, first_at, last_at,
              CASE WHEN n < 2 THEN NULL
                   WHEN n > ? THEN ST_AsGeoJSON(ST_Simplify(geom, ?, true), 6)
                   ELSE ST_AsGeoJSON(geom, 6) END AS geojson,
              CASE WHEN n < 2 THEN 0 ELSE ST_Length(geom::geography) END AS length_m
       FROM line`,
      [
        orderId,
        driverId,
        new Date(from).toISOString(),
        new Date(to).toISOString(),
        trackingConfig.simplifyAbovePoints,
        tolerance,
      ]
    )
    const row = result.rows[0]
    const geometry = row.geojson ? JSON.parse(row.geojson) : null
    const feature: LineFeature = {
      type: 'Feature',
      geometry,
      properties: {
        kind: 'actual',
        points: Number(row.n),
        simplified: Number(row.n) > trackingConfig.simplifyAbovePoints,
        from: row.first_at ? new Date(row.first_at).toISOString() : null,
        to: row.last_at ? new Date(row.last_at).toISOString() : null,
        lengthM: Math.round(Number(row.length_m)),
      },
    }
    return feature
  }

  async lastPoint(orderId: number, driverId: number, { from, to }: TrackWindow) {
    const result = await db.rawQuery(
      `SELECT ST_Y(position::geometry) AS lat, ST_X(position::geometry) AS lng, recorded_at,
              speed_mps, heading, driver_id
       FROM gps_pings
       WHERE order_id = ? AND driver_id = ? AND recorded_at >= ?::timestamptz
         AND recorded_at <= ?::timestamptz
       ORDER BY recorded_at DESC LIMIT 1`,
      [orderId, driverId, new Date(from).toISOString(), new Date(to).toISOString()]
    )
    const row = result.rows[0]
    if (!row) return null
    return {
      driverId: row.driver_id as number,
      lat: row.lat as number,
      lng: row.lng as number,
      recordedAt: new Date(row.recorded_at).toISOString(),
      speed: row.speed_mps as number | null,
      heading: row.heading as number | null,
    }
  }

  /** The plan stored when tracking started (router or straight line), else planned now. */
  async plannedRoute(order: Order): Promise<LineFeature> {
    const stored = await db.rawQuery(
      `SELECT ST_AsGeoJSON(planned_route, 6) AS geojson, planned_source, planned_distance_m,
              planned_duration_s
       FROM tracking_order_states WHERE order_id = ? AND planned_route IS NOT NULL`,
      [order.id]
    )
    const row = stored.rows[0]
    const plan = row
      ? {
          coordinates: JSON.parse(row.geojson).coordinates,
          source: row.planned_source,
          distanceM: row.planned_distance_m,
          durationS: row.planned_duration_s,
        }
      : await this.planner.plan([order.pickup, order.dropoff])
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: plan.coordinates },
      properties: {
        kind: 'planned',
        source: plan.source,
        distanceM: Math.round(plan.distanceM),
        durationS: Math.round(plan.durationS),
      },
    }
  }

  /**
   * Time to the next stop (pickup before pickup, then drop-off): the
   * router's duration when configured, otherwise the remaining distance
   * (straight line x detour factor) at the speed of the last 10 minutes.
   */
  async eta(order: Order, last: LatLng & { recordedAt: string; driverId: number }) {
    const nextStop = BEFORE_PICKUP.has(order.status) ? ('pickup' as const) : ('dropoff' as const)
    const target = nextStop === 'pickup' ? order.pickup : order.dropoff
    const speedMps = await this.recentSpeed(last.driverId, last.recordedAt)
    let remainingM = distanceM(last, target) * trackingConfig.eta.detourFactor
    let seconds = remainingM / speedMps
    let source: 'osrm' | 'recent_speed' = 'recent_speed'
    const plan = await this.planner.plan([last, target])
    if (plan.source === 'osrm') {
      remainingM = plan.distanceM
      seconds = plan.durationS
      source = 'osrm'
    }
    return {
      nextStop,
      remainingM: Math.round(remainingM),
      speedMps: Math.round(speedMps * 10) / 10,
      seconds: Math.round(seconds),
      at: new Date(new Date(last.recordedAt).getTime() + seconds * 1000).toISOString(),
      source,
    }
  }

  /** Average speed over the last 10 minutes of points (distance / time), or the default. */
  async recentSpeed(driverId: number, until: string) {
    const result = await db.rawQuery(
      `SELECT ST_Length(ST_MakeLine(position::geometry ORDER BY recorded_at)::geography) AS m,
              EXTRACT(EPOCH FROM max(recorded_at) - min(recorded_at)) AS s, count(*) AS n
       FROM gps_pings
       WHERE driver_id = ? AND recorded_at BETWEEN ?::timestamptz - interval '10 minutes' AND ?::timestamptz`,
      [driverId, until, until]
    )
    const { m, s, n } = result.rows[0]
    const fallback = trackingConfig.eta.defaultSpeedKmh / 3.6
    if (Number(n) < 2 || Number(s) < 60) return fallback
    const speed = Number(m) / Number(s)
    // Below walking pace the truck is stopped, not slow: assume it will move again.
    return speed < 1.5 ? fallback : speed
  }
}
