import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { preparedQuery } from '#core/prepared_query'
import type { RawQueryBindings } from '@adonisjs/lucid/types/querybuilder'
import type Order from '#orders/models/order'
import ordersConfig from '#config/orders'
import trackingConfig from '#config/tracking'
import FleetEligibilityService from '#fleet/services/fleet_eligibility_service'
import type { Suggestion } from '#orders/transformers/dispatch_suggestion_transformer'
import { ACTIVE_DRIVER_STATUSES } from '#orders/order_state_machine'

interface CrewRow {
  vehicle_id: number
  plate: string
  organisation_id: number
  type_code: string
  capacity_kg: number
  driver_id: number
  driver_name: string | null
  driver_phone: string
  driver_suspended_at: Date | string | null
  location_source: 'live' | 'base'
  distance_m: number
  /** Every document of the crew's vehicle and driver, newest first. */
  papers: Record<string, unknown>[] | null
}

// Columns named, not `*`: a prepared statement whose result columns change fails.
const CREWS = `SELECT vehicle_id, plate, organisation_id, type_code, capacity_kg, driver_id, driver_name,
                      driver_phone, driver_suspended_at, location_source, distance_m, papers
                 FROM dispatch_nearest_crews(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

/** Crews asked for at first, per suggestion wanted: room for some whose papers or suspension fail. */
const FIRST_FETCH_PER_SUGGESTION = 2
/** How much more is asked for when too few of those fetched were eligible. */
const GROWTH = 4

/**
 * The nearest suitable crews for an order: drivers linked to an active
 * vehicle that fits the cargo (type, capacity, refrigeration), not busy on
 * another order, not suspended, with valid papers, nearest to the pickup first.
 *
 * A crew is either live (its driver's fresh on-duty position) or at its base.
 * The database function `dispatch_nearest_crews` (migration 17954085000900,
 * where the SQL and why it is shaped so live) walks both GiST indexes
 * nearest-first, like /drivers/nearby, counting only crews that fit the order,
 * and returns the nearest `fetch` with their papers and suspension in one
 * round trip (a prepared statement, see preparedQuery; the function keeps
 * its inner plan per connection too); FleetEligibilityService judges those
 * here. When fewer than `limit` pass and the walk may hold more, it is asked again for more, so
 * unusable crews never take the places of usable ones further away.
 */
@inject()
export default class DispatchSuggestionService {
  constructor(private eligibility: FleetEligibilityService) {}

  async forOrder(
    order: Order,
    options: { carrierOrganisationId?: number; radiusKm?: number; limit?: number } = {}
  ): Promise<Suggestion[]> {
    const limit = options.limit ?? ordersConfig.suggestions.limit
    const radiusM = (options.radiusKm ?? ordersConfig.suggestions.radiusKm) * 1000
    const bindings = [
      order.pickup.lng,
      order.pickup.lat,
      radiusM,
      trackingConfig.freshSeconds,
      options.carrierOrganisationId ?? null,
      order.cargoWeightKg,
      order.requiredVehicleTypeId ?? null,
      order.cargoRefrigerated,
      order.id,
      `{${ACTIVE_DRIVER_STATUSES.join(',')}}`,
    ]
    for (let fetch = limit * FIRST_FETCH_PER_SUGGESTION; ; fetch *= GROWTH) {
      const { rows } = await preparedQuery(CREWS, [...bindings, fetch] as RawQueryBindings)
      const eligible = this.#eligible(rows as CrewRow[])
      // Fewer rows than asked for: the walk found every fitting crew in the radius.
      if (eligible.length >= limit || rows.length < fetch) return eligible.slice(0, limit)
    }
  }

  /** The eligible crews (judged on the suspension and documents the walk returned), nearest first. */
  #eligible(rows: CrewRow[]): Suggestion[] {
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
        suspendedAt: row.driver_suspended_at
          ? DateTime.fromJSDate(new Date(row.driver_suspended_at))
          : null,
      },
    }))
    const documents = rows.flatMap((row) => row.papers ?? [])
    const verdicts = this.eligibility.judgeCrews(crews, documents)
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
