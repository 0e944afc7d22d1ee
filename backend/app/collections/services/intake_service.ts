import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import DomainException from '#core/exceptions/domain_exception'
import type User from '#accounts/models/user'
import type Cooperative from '#collections/models/cooperative'
import type CollectionRoute from '#collections/models/collection_route'
import type { Shift } from '#collections/models/collection_route'
import RouteIntake from '#collections/models/route_intake'

export interface VarianceRow {
  routeId: number
  routeName: string
  driverId: number | null
  date: string
  shift: Shift
  /** Accepted litres of the farm collections (corrections included): what went into the truck. */
  collectedLitres: number
  intakeLitres: number | null
  /** Intake minus collected: negative is milk lost (or water found) on the way. */
  varianceLitres: number | null
  variancePct: number | null
  flagged: boolean
}

/** A route's bulk milk weighed in at the cooler, and how it compares with its farm collections. */
export default class IntakeService {
  async record(
    user: User,
    route: CollectionRoute,
    input: { date: Date; shift: Shift; quantityLitres: number }
  ) {
    const day = DateTime.fromJSDate(input.date).toISODate()!
    const existing = await RouteIntake.query()
      .where({ route_id: route.id, collected_on: day, shift: input.shift })
      .first()
    if (existing) {
      throw new DomainException(
        `Route ${route.name} was already weighed in for ${day} ${input.shift}.`,
        {
          status: 409,
          code: 'E_INTAKE_EXISTS',
        }
      )
    }
    return RouteIntake.create({
      cooperativeId: route.cooperativeId,
      routeId: route.id,
      collectedOn: DateTime.fromISO(day),
      shift: input.shift,
      quantityLitres: input.quantityLitres,
      driverId: route.driverId,
      recordedById: user.id,
    })
  }

  /** Every route, day and shift with collections or an intake between `from` and `to`. */
  async variance(cooperative: Cooperative, from: string, to: string): Promise<VarianceRow[]> {
    const result = await db.rawQuery(
      `WITH collected AS (
         SELECT route_id, collected_on, shift, SUM(quantity_litres) AS litres
           FROM milk_collections
          WHERE cooperative_id = ? AND route_id IS NOT NULL AND outcome = 'accepted'
            AND collected_on BETWEEN ? AND ?
          GROUP BY route_id, collected_on, shift
       )
       SELECT r.id AS route_id, r.name AS route_name, COALESCE(i.driver_id, r.driver_id) AS driver_id,
              to_char(COALESCE(c.collected_on, i.collected_on), 'YYYY-MM-DD') AS day,
              COALESCE(c.shift, i.shift)::text AS shift,
              COALESCE(c.litres, 0) AS collected, i.quantity_litres AS intake
         FROM collected c
         FULL OUTER JOIN (SELECT * FROM route_intakes WHERE cooperative_id = ? AND collected_on BETWEEN ? AND ?) i
           ON i.route_id = c.route_id AND i.collected_on = c.collected_on AND i.shift = c.shift
         JOIN collection_routes r ON r.id = COALESCE(c.route_id, i.route_id)
        ORDER BY day DESC, r.name, shift`,
      [cooperative.organisationId, from, to, cooperative.organisationId, from, to]
    )
    return result.rows.map((row: Record<string, string | number | null>) => {
      const collected = Number(row.collected)
      const intake = row.intake === null ? null : Number(row.intake)
      const variance = intake === null ? null : Math.round((intake - collected) * 100) / 100
      const pct =
        variance === null || collected === 0
          ? null
          : Math.round((variance / collected) * 10_000) / 100
      return {
        routeId: Number(row.route_id),
        routeName: String(row.route_name),
        driverId: row.driver_id === null ? null : Number(row.driver_id),
        date: String(row.day),
        shift: row.shift as Shift,
        collectedLitres: collected,
        intakeLitres: intake,
        varianceLitres: variance,
        variancePct: pct,
        flagged:
          variance !== null &&
          (pct === null ? variance !== 0 : Math.abs(pct) > cooperative.varianceThresholdPct),
      }
    })
  }
}
