import db from '@adonisjs/lucid/services/db'
import { preparedQuery } from '#core/prepared_query'
import trackingConfig from '#config/tracking'
import type User from '#accounts/models/user'
import type { FleetDriver, NearbyDriver } from '#tracking/transformers/tracking_schemas'
import type { FleetScope } from '#tracking/fleet_scope'
import type { PositionMessage } from '#realtime/services/last_positions'

export interface NearbyQuery {
  lat: number
  lng: number
  radiusKm?: number
  vehicleType?: string
  minCapacityKg?: number
  limit?: number
}

export type { FleetDriver, NearbyDriver }

/** Last known positions: duty on/off, and who is near a point. */
export default class DriverPositionService {
  async setDuty(driver: User, onDuty: boolean) {
    const result = await db.rawQuery(
      `INSERT INTO driver_positions (driver_id, organisation_id, on_duty, duty_changed_at, updated_at)
       VALUES (?, ?, ?, now(), now())
       ON CONFLICT (driver_id) DO UPDATE SET on_duty = EXCLUDED.on_duty,
         organisation_id = EXCLUDED.organisation_id,
         duty_changed_at = CASE WHEN driver_positions.on_duty = EXCLUDED.on_duty
                                THEN driver_positions.duty_changed_at ELSE now() END,
         updated_at = now()
       RETURNING on_duty, duty_changed_at`,
      [driver.id, driver.organisationId, onDuty]
    )
    const row = result.rows[0]
    return { onDuty: row.on_duty as boolean, since: new Date(row.duty_changed_at).toISOString() }
  }

  /** A driver's last known position as the live rooms carry it (realtime's LastPositions hook). */
  async last(driverId: number): Promise<PositionMessage | null> {
    const row = await db
      .from('driver_positions')
      .where('driver_id', driverId)
      .whereNotNull('position')
      .select(
        'driver_id',
        'order_id',
        'recorded_at',
        'accuracy_m',
        'speed_mps',
        'heading',
        'battery',
        db.raw('ST_Y(position::geometry) AS lat'),
        db.raw('ST_X(position::geometry) AS lng')
      )
      .first()
    if (!row) return null
    const orNull = (value: unknown) => (value === null ? null : Number(value))
    return {
      driverId: Number(row.driver_id),
      orderId: orNull(row.order_id),
      lat: Number(row.lat),
      lng: Number(row.lng),
      recordedAt: new Date(row.recorded_at).toISOString(),
      accuracy: orNull(row.accuracy_m),
      speed: orNull(row.speed_mps),
      heading: orNull(row.heading),
      altitude: null,
      battery: orNull(row.battery),
      latest: true,
    }
  }

  async isOnDuty(driver: User) {
    const row = await db
      .from('driver_positions')
      .where('driver_id', driver.id)
      .select('on_duty')
      .first()
    return Boolean(row?.on_duty)
  }

  /**
   * One driver of the fleet a scope sees, named with their truck: what the
   * live map needs for a position from a driver its first picture did not
   * hold (further than its radius, or past its limit). A carrier's scope
   * holds the drivers who are in that carrier now, as its fleet room does
   * (the room a driver's points go to is their organisation's now).
   */
  async fleetDriver(driverId: number, scope: Exclude<FleetScope, null>) {
    const query = db
      .from('users as u')
      .leftJoin('vehicle_drivers as vd', 'vd.driver_id', 'u.id')
      .leftJoin('vehicles as v', (join) => {
        join.on('v.id', 'vd.vehicle_id').andOnNull('v.archived_at')
      })
      .leftJoin('vehicle_types as vt', 'vt.id', 'v.vehicle_type_id')
      .where('u.id', driverId)
      .where('u.role', 'driver')
      .select(
        'u.id',
        'u.name',
        'u.organisation_id',
        'v.id as vehicle_id',
        'v.plate',
        'vt.code as vehicle_type',
        db.raw('COALESCE(v.capacity_kg, vt.capacity_kg) AS capacity_kg')
      )
      .orderBy('v.id', 'asc')
    if (scope !== 'all') query.where('u.organisation_id', scope)
    const row = await query.first()
    if (!row) return null
    return {
      driverId: Number(row.id),
      name: row.name,
      organisationId: row.organisation_id === null ? null : Number(row.organisation_id),
      vehicle: row.vehicle_id
        ? {
            id: Number(row.vehicle_id),
            plate: row.plate,
            type: row.vehicle_type,
            capacityKg: Number(row.capacity_kg),
          }
        : null,
    } satisfies FleetDriver
  }

  /**
   * On-duty drivers whose last point is fresh, nearest first. The inner
   * query walks the GiST index in distance order (KNN `<->`) and stops
   * after `limit` rows; the outer one cuts at the radius (ST_DWithin) and
   * adds names and vehicles for those few rows only. Ordering first and
   * cutting after gives the same rows as filtering first, at a fraction of
   * the cost: a radius that holds thousands of drivers is never scanned.
   * Sent as a prepared statement, planned once per connection; the limit is
   * in its text so that plan walks the index (one statement per limit).
   */
  async nearby(query: NearbyQuery, scope: 'all' | number): Promise<NearbyDriver[]> {
    const radiusM = (query.radiusKm ?? 25) * 1000
    const point = 'ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography'
    const filters: string[] = []
    const bindings: unknown[] = [query.lng, query.lat, radiusM, trackingConfig.freshSeconds]
    if (scope !== 'all') {
      filters.push('AND dp.organisation_id = ?')
      bindings.push(scope)
    }
    const byVehicle = query.vehicleType !== undefined || query.minCapacityKg !== undefined
    if (query.vehicleType) {
      filters.push('AND vt.code = ?')
      bindings.push(query.vehicleType)
    }
    if (query.minCapacityKg !== undefined) {
      filters.push('AND COALESCE(v.capacity_kg, vt.capacity_kg) >= ?')
      bindings.push(query.minCapacityKg)
    }
    bindings.push(query.lng, query.lat)
    const limit = query.limit ?? 20
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit ${limit}`)
    const vehicleFilterJoin = byVehicle
      ? `JOIN vehicle_drivers vd ON vd.driver_id = dp.driver_id
         JOIN vehicles v ON v.id = vd.vehicle_id AND v.archived_at IS NULL
         JOIN vehicle_types vt ON vt.id = v.vehicle_type_id`
      : ''
    const result = await preparedQuery(
      `WITH q AS (SELECT ${point} AS g, ?::float8 AS radius)
       SELECT n.driver_id, u.name, u.phone, n.organisation_id, n.order_id,
              ST_Y(n.position::geometry) AS lat, ST_X(n.position::geometry) AS lng,
              ST_Distance(n.position, q.g) AS distance_m, n.recorded_at, n.speed_mps, n.heading,
              v.id AS vehicle_id, v.plate, vt.code AS vehicle_type,
              COALESCE(v.capacity_kg, vt.capacity_kg) AS capacity_kg
       FROM (
         SELECT dp.* FROM driver_positions dp ${vehicleFilterJoin}
         WHERE dp.on_duty AND dp.recorded_at > now() - make_interval(secs => ?)
           ${filters.join(' ')}
         ORDER BY dp.position <-> ${point}
         LIMIT ${limit}
       ) n
       CROSS JOIN q
       JOIN users u ON u.id = n.driver_id
       LEFT JOIN vehicle_drivers vd ON vd.driver_id = n.driver_id
       LEFT JOIN vehicles v ON v.id = vd.vehicle_id AND v.archived_at IS NULL
       LEFT JOIN vehicle_types vt ON vt.id = v.vehicle_type_id
       WHERE ST_DWithin(n.position, q.g, q.radius)
       ORDER BY distance_m`,
      bindings
    )
    return result.rows.map((row: Record<string, any>) => ({
      driverId: row.driver_id,
      name: row.name,
      phone: row.phone,
      organisationId: row.organisation_id,
      lat: row.lat,
      lng: row.lng,
      distanceM: Math.round(row.distance_m),
      recordedAt: new Date(row.recorded_at).toISOString(),
      speed: row.speed_mps,
      heading: row.heading,
      activeOrderId: row.order_id,
      vehicle: row.vehicle_id
        ? {
            id: row.vehicle_id,
            plate: row.plate,
            type: row.vehicle_type,
            capacityKg: row.capacity_kg,
          }
        : null,
    }))
  }
}
