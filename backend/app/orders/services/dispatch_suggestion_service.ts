import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type Order from '#orders/models/order'
import ordersConfig from '#config/orders'
import trackingConfig from '#config/tracking'
import FleetEligibilityService from '#fleet/services/fleet_eligibility_service'
import type { Suggestion } from '#orders/transformers/dispatch_suggestion_transformer'
import { ACTIVE_DRIVER_STATUSES } from '#orders/order_state_machine'

/**
 * Where a crew is: its driver's last position when on duty and fresh,
 * otherwise its vehicle's base location. The one place to change the rule.
 */
const LIVE = `COALESCE(dp.on_duty AND dp.position IS NOT NULL
                       AND dp.recorded_at > now() - make_interval(secs => :freshSeconds), false)`

/** A crew that may take the order, whatever its papers (checked after, in one batch). */
const CREW_FITS = `v.archived_at IS NULL
  AND (CAST(:organisationId AS integer) IS NULL OR v.organisation_id = :organisationId)
  AND COALESCE(v.capacity_kg, vt.capacity_kg) >= :weightKg
  AND (CAST(:typeId AS integer) IS NULL OR v.vehicle_type_id = :typeId)
  AND (NOT :refrigerated OR vt.body = 'refrigerated')
  AND u.role = 'driver' AND u.organisation_id = v.organisation_id
  AND NOT EXISTS (
    SELECT 1 FROM orders busy
     WHERE busy.assigned_driver_id = u.id AND busy.id <> :orderId
       AND busy.status = ANY(string_to_array(:busyStatuses, ',')))`

const CREW_COLUMNS = `v.id AS vehicle_id, v.plate, v.organisation_id, vt.code AS type_code,
  COALESCE(v.capacity_kg, vt.capacity_kg) AS capacity_kg,
  u.id AS driver_id, u.name AS driver_name, u.phone AS driver_phone`

const PICKUP = 'CAST(ST_SetSRID(ST_MakePoint(:lng, :lat), 4326) AS geography)'

/**
 * Each walk takes the `window` positions (or bases) nearest the pickup
 * straight from the GiST index (ORDER BY <-> LIMIT, like /drivers/nearby),
 * then joins and filters only those. Any other condition inside the
 * window, even the radius, lets the planner scan the whole radius and sort
 * it instead (EXPLAIN in bench/README.md). `full` says whether the window
 * may have cut crews off (it was full, all inside the radius): then it is
 * widened.
 */
const walk = (near: string, crews: string) => `
  WITH near AS MATERIALIZED (${near})
  SELECT s.full, c.* FROM (
    SELECT count(*) = :window AND bool_and(ST_DWithin(near.location, ${PICKUP}, :radiusM)) AS full
      FROM near
  ) s
  LEFT JOIN LATERAL (${crews}) c ON true`

const LIVE_WALK = walk(
  `SELECT dp.driver_id, dp.position AS location FROM driver_positions dp
    WHERE dp.on_duty AND dp.recorded_at > now() - make_interval(secs => :freshSeconds)
    ORDER BY dp.position <-> ${PICKUP}
    LIMIT :window`,
  `SELECT ${CREW_COLUMNS}, 'live' AS location_source,
          ST_Distance(near.location, ${PICKUP}) AS distance_m
     FROM near
     JOIN users u ON u.id = near.driver_id
     JOIN vehicle_drivers vd ON vd.driver_id = u.id
     JOIN vehicles v ON v.id = vd.vehicle_id
     JOIN vehicle_types vt ON vt.id = v.vehicle_type_id
    WHERE ST_DWithin(near.location, ${PICKUP}, :radiusM) AND ${CREW_FITS}
    ORDER BY distance_m, u.id
    LIMIT :fetch`
)

/** Crews at their base: the vehicle's drivers who have no live position. */
const BASE_WALK = walk(
  `SELECT v.id, v.base_location AS location FROM vehicles v
    WHERE v.archived_at IS NULL AND v.base_location IS NOT NULL
    ORDER BY v.base_location <-> ${PICKUP}
    LIMIT :window`,
  `SELECT ${CREW_COLUMNS}, 'base' AS location_source,
          ST_Distance(near.location, ${PICKUP}) AS distance_m
     FROM near
     JOIN vehicles v ON v.id = near.id
     JOIN vehicle_types vt ON vt.id = v.vehicle_type_id
     JOIN vehicle_drivers vd ON vd.vehicle_id = v.id
     JOIN users u ON u.id = vd.driver_id
     LEFT JOIN driver_positions dp ON dp.driver_id = u.id
    WHERE ST_DWithin(near.location, ${PICKUP}, :radiusM) AND ${CREW_FITS} AND NOT ${LIVE}
    ORDER BY distance_m, u.id
    LIMIT :fetch`
)

interface CrewRow {
  vehicle_id: number
  plate: string
  organisation_id: number
  type_code: string
  capacity_kg: number
  driver_id: number
  driver_name: string | null
  driver_phone: string
  location_source: 'live' | 'base'
  distance_m: number
}

/** The first window of each walk; it grows this many times when too few crews fit. */
const FIRST_WINDOW = 64
const GROWTH = 8

/**
 * The nearest suitable crews for an order: drivers linked to an active
 * vehicle that fits the cargo (type, capacity, refrigeration), not busy on
 * another order, with valid papers, nearest to the pickup first.
 *
 * A crew is either live (its driver's fresh position) or at its base, so
 * the nearest crews are among the nearest live ones and the nearest based
 * ones: two walks down the GiST indexes (driver_positions.position,
 * vehicles.base_location), like /drivers/nearby, merged. The based walk
 * only looks as far as the live walk's furthest pick when that one is full.
 */
@inject()
export default class DispatchSuggestionService {
  constructor(private eligibility: FleetEligibilityService) {}

  async forOrder(
    order: Order,
    options: { carrierOrganisationId?: number; radiusKm?: number; limit?: number } = {}
  ): Promise<Suggestion[]> {
    const limit = options.limit ?? ordersConfig.suggestions.limit
    // Some may turn out ineligible (papers); look a little further.
    const fetch = limit * 3
    const bindings = {
      freshSeconds: trackingConfig.freshSeconds,
      organisationId: options.carrierOrganisationId ?? null,
      weightKg: order.cargoWeightKg,
      typeId: order.requiredVehicleTypeId,
      refrigerated: order.cargoRefrigerated,
      orderId: order.id,
      busyStatuses: ACTIVE_DRIVER_STATUSES.join(','),
      lng: order.pickup.lng,
      lat: order.pickup.lat,
      radiusM: (options.radiusKm ?? ordersConfig.suggestions.radiusKm) * 1000,
      fetch,
    }
    const live = await this.#walk(LIVE_WALK, bindings)
    const reach = live.length >= fetch ? live[fetch - 1].distance_m : bindings.radiusM
    const based = await this.#walk(BASE_WALK, { ...bindings, radiusM: reach })
    const nearest = [...live, ...based]
      .sort((a, b) => a.distance_m - b.distance_m || a.driver_id - b.driver_id)
      .slice(0, fetch)
    const eligible = await this.#eligible(nearest)
    return eligible.slice(0, limit)
  }

  /** A walk, its window widened until enough crews fit or nothing is left to scan. */
  async #walk(sql: string, bindings: Record<string, unknown>) {
    const fetch = bindings.fetch as number
    for (let window = FIRST_WINDOW; ; window *= GROWTH) {
      const { rows } = await db.rawQuery(sql, { ...bindings, window })
      const crews = (rows as (CrewRow & { full: boolean })[]).filter((row) => row.driver_id)
      if (crews.length >= fetch || !rows[0].full) return crews
    }
  }

  /** Papers of every candidate in one batch; the eligible ones, nearest first. */
  async #eligible(rows: CrewRow[]): Promise<Suggestion[]> {
    const crews = rows.map((row) => ({
      // Active and a driver of the vehicle's carrier: the walks only return such crews.
      vehicle: {
        id: row.vehicle_id,
        plate: row.plate,
        organisationId: row.organisation_id,
        archivedAt: null,
      },
      driver: {
        id: row.driver_id,
        name: row.driver_name,
        phone: row.driver_phone,
        role: 'driver' as const,
        organisationId: row.organisation_id,
      },
    }))
    const verdicts = await this.eligibility.checkCrews(crews)
    return rows
      .filter((_, index) => verdicts[index].eligible)
      .map((row) => ({
        driver: { id: row.driver_id, name: row.driver_name, phone: row.driver_phone },
        vehicle: {
          id: row.vehicle_id,
          plate: row.plate,
          typeCode: row.type_code,
          capacityKg: row.capacity_kg,
        },
        carrierOrganisationId: row.organisation_id,
        distanceM: Math.round(Number(row.distance_m)),
        locationSource: row.location_source,
      }))
  }
}
