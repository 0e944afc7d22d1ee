import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
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

/** The first window of each walk; it grows this many times when it may have cut crews off. */
const FIRST_WINDOW = 64
const GROWTH = 8

/**
 * The nearest suitable crews for an order: drivers linked to an active
 * vehicle that fits the cargo (type, capacity, refrigeration), not busy on
 * another order, not suspended, with valid papers, nearest to the pickup first.
 *
 * A crew is either live (its driver's fresh on-duty position) or at its base,
 * so the nearest crews are among the nearest live positions and the nearest
 * bases: the database function `dispatch_nearest_crews` (migration
 * 17954085000700, where the rule and the SQL live; 17954085000800 adds the
 * driver's suspension) walks both GiST indexes nearest-first, like
 * /drivers/nearby, merges them and returns each candidate's papers and
 * suspension, in one round trip with a plan made once per connection; they
 * are then judged here by FleetEligibilityService's rules.
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
    const nearest = await this.#nearestCrews(bindings, { fetch, radiusM })
    return this.#eligible(nearest).slice(0, limit)
  }

  /**
   * The `fetch` nearest crews. The answer is exact when no full window stops
   * short of the radius and of the furthest crew kept (whatever lies beyond a
   * window is further than all it holds); otherwise the windows widen.
   */
  async #nearestCrews(bindings: unknown[], { fetch, radiusM }: { fetch: number; radiusM: number }) {
    for (let window = FIRST_WINDOW; ; window *= GROWTH) {
      const { rows } = await db.rawQuery(
        'SELECT * FROM dispatch_nearest_crews(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [...bindings, window, fetch] as RawQueryBindings
      )
      const first = rows[0] as { live_reach: number | null; base_reach: number | null }
      const crews = (rows as CrewRow[]).filter((row) => row.driver_id)
      const cutAt = Math.min(
        ...[first.live_reach, first.base_reach]
          .filter((went) => went !== null && went < radiusM)
          .map(Number)
      )
      const enough = crews.length >= fetch && Number(crews[fetch - 1].distance_m) <= cutAt
      if (cutAt === Infinity || enough) return crews
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
