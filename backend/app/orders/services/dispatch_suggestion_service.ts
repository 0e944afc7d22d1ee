import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type Order from '#orders/models/order'
import Vehicle from '#fleet/models/vehicle'
import User from '#accounts/models/user'
import ordersConfig from '#config/orders'
import trackingConfig from '#config/tracking'
import FleetEligibilityService from '#fleet/services/fleet_eligibility_service'
import type { Suggestion } from '#orders/transformers/dispatch_suggestion_transformer'
import { ACTIVE_DRIVER_STATUSES } from '#orders/order_state_machine'

/**
 * The nearest suitable crews for an order: drivers linked to an active
 * vehicle that fits the cargo (type, capacity, refrigeration), not busy on
 * another order, with valid papers, nearest to the pickup first.
 */
@inject()
export default class DispatchSuggestionService {
  constructor(private eligibility: FleetEligibilityService) {}

  /**
   * Where a crew is: the driver's last position when on duty and fresh,
   * otherwise the vehicle's base location. The one place to change the rule.
   */
  protected locationSql() {
    return `CASE WHEN dp.on_duty AND dp.position IS NOT NULL
                  AND dp.recorded_at > now() - make_interval(secs => :freshSeconds)
             THEN dp.position ELSE v.base_location END`
  }

  protected locationSourceSql() {
    return `CASE WHEN dp.on_duty AND dp.position IS NOT NULL
                  AND dp.recorded_at > now() - make_interval(secs => :freshSeconds)
             THEN 'live' ELSE 'base' END`
  }

  async forOrder(
    order: Order,
    options: { carrierOrganisationId?: number; radiusKm?: number; limit?: number } = {}
  ): Promise<Suggestion[]> {
    const limit = options.limit ?? ordersConfig.suggestions.limit
    const { rows } = await db.rawQuery(
      `WITH candidates AS (
         SELECT v.id AS vehicle_id, v.plate, v.organisation_id, vt.code AS type_code,
                COALESCE(v.capacity_kg, vt.capacity_kg) AS capacity_kg,
                u.id AS driver_id, u.name AS driver_name, u.phone AS driver_phone,
                ${this.locationSql()} AS location,
                ${this.locationSourceSql()} AS location_source
           FROM vehicles v
           JOIN vehicle_types vt ON vt.id = v.vehicle_type_id
           JOIN vehicle_drivers vd ON vd.vehicle_id = v.id
           JOIN users u ON u.id = vd.driver_id AND u.role = 'driver' AND u.organisation_id = v.organisation_id
           LEFT JOIN driver_positions dp ON dp.driver_id = u.id
          WHERE v.archived_at IS NULL
            AND (CAST(:organisationId AS integer) IS NULL OR v.organisation_id = :organisationId)
            AND COALESCE(v.capacity_kg, vt.capacity_kg) >= :weightKg
            AND (CAST(:typeId AS integer) IS NULL OR v.vehicle_type_id = :typeId)
            AND (NOT :refrigerated OR vt.body = 'refrigerated')
            AND NOT EXISTS (
              SELECT 1 FROM orders busy
               WHERE busy.assigned_driver_id = u.id AND busy.id <> :orderId
                 AND busy.status = ANY(string_to_array(:busyStatuses, ',')))
       ), pickup AS (SELECT pickup AS point FROM orders WHERE id = :orderId)
       SELECT candidates.*, ST_Distance(candidates.location, pickup.point) AS distance_m
         FROM candidates, pickup
        WHERE candidates.location IS NOT NULL
          AND ST_DWithin(candidates.location, pickup.point, :radiusM)
        ORDER BY candidates.location <-> pickup.point, candidates.driver_id
        LIMIT :fetch`,
      {
        freshSeconds: trackingConfig.freshSeconds,
        organisationId: options.carrierOrganisationId ?? null,
        weightKg: order.cargoWeightKg,
        typeId: order.requiredVehicleTypeId,
        refrigerated: order.cargoRefrigerated,
        orderId: order.id,
        busyStatuses: ACTIVE_DRIVER_STATUSES.join(','),
        radiusM: (options.radiusKm ?? ordersConfig.suggestions.radiusKm) * 1000,
        // Some may turn out ineligible (papers); look a little further.
        fetch: limit * 3,
      }
    )

    const suggestions: Suggestion[] = []
    for (const row of rows) {
      if (suggestions.length >= limit) break
      const vehicle = await Vehicle.findOrFail(row.vehicle_id)
      const driver = await User.findOrFail(row.driver_id)
      const { eligible } = await this.eligibility.check(vehicle, driver)
      if (!eligible) continue
      suggestions.push({
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
      })
    }
    return suggestions
  }
}
