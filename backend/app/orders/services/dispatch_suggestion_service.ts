import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { RawQueryBindings } from '@adonisjs/lucid/types/querybuilder'
import type Order from '#orders/models/order'
import ordersConfig from '#config/orders'
import trackingConfig from '#config/tracking'
import { databaseMode } from '#config/database'
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

/** How far a window reached when it was full (it may have cut crews off), else NULL. */
const reach = (window: string, size: number) =>
  `(SELECT CASE WHEN count(*) = ${size} THEN max(ST_Distance(location, ${PICKUP})) END FROM ${window})`

/**
 * One statement. Each window takes the `window` fresh on-duty positions (or
 * truck bases) nearest the pickup straight from its GiST index (ORDER BY <->
 * LIMIT, like /drivers/nearby) and only those are joined and filtered: any
 * other condition inside a window, even the radius, lets the planner scan the
 * whole radius and sort it instead (EXPLAIN in bench/README.md; a test checks
 * the plan). A based crew counts only when its driver is not live. The reaches
 * say how far each full window went, so the caller knows whether the answer
 * is exact or the windows must widen.
 *
 * Sent as a prepared statement, one per window size, and run with its generic
 * plan (GENERIC_PLAN), so a connection plans it once instead of at every call:
 * planning cost 5-10x the execution (bench/README.md). PostgreSQL's own choice
 * kept re-planning it, since no generic plan looks cheaper than a custom one.
 * The window is written into the text, not bound: with `LIMIT $n` the generic
 * plan assumes a tenth of the table and its cost switched JIT on (seconds).
 */
const nearestCrews = (window: number) => `
  WITH live AS MATERIALIZED (
    SELECT dp.driver_id, dp.position AS location FROM driver_positions dp
     WHERE dp.on_duty AND dp.recorded_at > now() - make_interval(secs => :freshSeconds)
     ORDER BY dp.position <-> ${PICKUP}
     LIMIT ${window}
  ), based AS MATERIALIZED (
    SELECT v.id, v.base_location AS location FROM vehicles v
     WHERE v.archived_at IS NULL AND v.base_location IS NOT NULL
     ORDER BY v.base_location <-> ${PICKUP}
     LIMIT ${window}
  ), crews AS (
    SELECT ${CREW_COLUMNS}, 'live' AS location_source,
           ST_Distance(live.location, ${PICKUP}) AS distance_m
      FROM live
      JOIN users u ON u.id = live.driver_id
      JOIN vehicle_drivers vd ON vd.driver_id = u.id
      JOIN vehicles v ON v.id = vd.vehicle_id
      JOIN vehicle_types vt ON vt.id = v.vehicle_type_id
     WHERE ST_DWithin(live.location, ${PICKUP}, :radiusM) AND ${CREW_FITS}
    UNION ALL
    SELECT ${CREW_COLUMNS}, 'base' AS location_source,
           ST_Distance(based.location, ${PICKUP}) AS distance_m
      FROM based
      JOIN vehicles v ON v.id = based.id
      JOIN vehicle_types vt ON vt.id = v.vehicle_type_id
      JOIN vehicle_drivers vd ON vd.vehicle_id = v.id
      JOIN users u ON u.id = vd.driver_id
      LEFT JOIN driver_positions dp ON dp.driver_id = u.id
     WHERE ST_DWithin(based.location, ${PICKUP}, :radiusM) AND ${CREW_FITS} AND NOT ${LIVE}
  )
  SELECT ${reach('live', window)} AS live_reach, ${reach('based', window)} AS base_reach, c.*
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (SELECT * FROM crews ORDER BY distance_m, driver_id LIMIT :fetch) c ON true`

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

/** For this transaction only: a prepared statement runs its cached generic plan. */
const GENERIC_PLAN = `SELECT set_config('plan_cache_mode', 'force_generic_plan', true),
                            set_config('jit', 'off', true)`

/** The first window of each walk; it grows this many times when it may have cut crews off. */
const FIRST_WINDOW = 64
const GROWTH = 8

/**
 * The nearest suitable crews for an order: drivers linked to an active
 * vehicle that fits the cargo (type, capacity, refrigeration), not busy on
 * another order, with valid papers, nearest to the pickup first.
 *
 * A crew is either live (its driver's fresh position) or at its base, so
 * the nearest crews are among the nearest live positions and the nearest
 * bases: one statement walks both GiST indexes (driver_positions.position,
 * vehicles.base_location), like /drivers/nearby, and merges them; the papers
 * of the candidates are then checked in one batch.
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
    const nearest = await this.#nearestCrews({
      freshSeconds: trackingConfig.freshSeconds,
      organisationId: options.carrierOrganisationId ?? null,
      weightKg: order.cargoWeightKg,
      typeId: order.requiredVehicleTypeId ?? null,
      refrigerated: order.cargoRefrigerated,
      orderId: order.id,
      busyStatuses: ACTIVE_DRIVER_STATUSES.join(','),
      lng: order.pickup.lng,
      lat: order.pickup.lat,
      radiusM: (options.radiusKm ?? ordersConfig.suggestions.radiusKm) * 1000,
      fetch,
    })
    const eligible = await this.#eligible(nearest)
    return eligible.slice(0, limit)
  }

  /**
   * The `fetch` nearest crews. The answer is exact when no full window stops
   * short of the radius and of the furthest crew kept (whatever lies beyond a
   * window is further than all it holds); otherwise the windows widen.
   */
  async #nearestCrews(bindings: Record<string, unknown> & { fetch: number; radiusM: number }) {
    for (let window = FIRST_WINDOW; ; window *= GROWTH) {
      const rows = await db.transaction(async (trx) => {
        await trx.rawQuery(GENERIC_PLAN)
        const query = trx.rawQuery(nearestCrews(window), bindings as RawQueryBindings)
        // Named, so PostgreSQL keeps its generic plan per connection. The embedded database is one
        // session behind every pooled connection: a second client would prepare the name again.
        if (databaseMode === 'external') {
          query.knexQuery.options({ name: `dispatch_nearest_crews_${window}` })
        }
        const result = await query
        return result.rows
      })
      const first = rows[0] as { live_reach: number | null; base_reach: number | null }
      const crews = (rows as CrewRow[]).filter((row) => row.driver_id)
      const cutAt = Math.min(
        ...[first.live_reach, first.base_reach]
          .filter((went) => went !== null && went < bindings.radiusM)
          .map(Number)
      )
      const enough =
        crews.length >= bindings.fetch && Number(crews[bindings.fetch - 1].distance_m) <= cutAt
      if (cutAt === Infinity || enough) return crews
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
