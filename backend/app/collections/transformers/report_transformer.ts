import type { Dashboard } from '#collections/services/collection_report_service'
import type { VarianceRow } from '#collections/services/intake_service'
import { SHIFTS } from '#collections/models/collection_route'
import { REJECTION_REASONS } from '#collections/quality_rules'
import { id, isoDate, named, z } from '#core/contract/response_schema'

export const collectionsDashboardSchema = named(
  'CollectionsDashboard',
  z.object({
    from: isoDate(),
    to: isoDate(),
    byRouteDay: z.array(
      z.object({
        routeId: id().nullable(),
        routeName: z.string().nullable(),
        date: isoDate(),
        acceptedLitres: z.number(),
        rejectedLitres: z.number(),
        collections: z.number().int(),
      })
    ),
    byCentreDay: z.array(
      z.object({
        centreId: id(),
        centreName: z.string(),
        date: isoDate(),
        acceptedLitres: z.number(),
      })
    ),
    rejections: z.array(
      z.object({
        reason: z.enum(REJECTION_REASONS),
        collections: z.number().int(),
        litres: z.number(),
      })
    ),
    totals: z.object({
      acceptedLitres: z.number(),
      rejectedLitres: z.number(),
      collections: z.number().int(),
      rejectionRatePct: z.number(),
    }),
    farmersWithoutCollections: z.array(
      z.object({ id: id(), name: z.string(), memberNumber: z.string(), phone: z.string() })
    ),
  })
)

export const routeVarianceSchema = named(
  'RouteVariance',
  z.object({
    routeId: id(),
    routeName: z.string(),
    driverId: id().nullable(),
    date: isoDate(),
    shift: z.enum(SHIFTS),
    collectedLitres: z
      .number()
      .meta({ description: 'Accepted farm collections, corrections included' }),
    intakeLitres: z.number().nullable(),
    varianceLitres: z.number().nullable().meta({ description: 'Intake minus collected' }),
    variancePct: z.number().nullable(),
    flagged: z.boolean(),
  })
)

export const varianceSchema = z.object({
  thresholdPct: z.number(),
  data: z.array(routeVarianceSchema),
})

/** The cooperative's reports as the API answers them. */
export default class ReportTransformer {
  static dashboard(dashboard: Dashboard): z.infer<typeof collectionsDashboardSchema> {
    return dashboard
  }

  static variance(thresholdPct: number, rows: VarianceRow[]): z.infer<typeof varianceSchema> {
    return {
      thresholdPct,
      data: rows.map((row) => ({
        routeId: row.routeId,
        routeName: row.routeName,
        driverId: row.driverId,
        date: row.date,
        shift: row.shift,
        collectedLitres: row.collectedLitres,
        intakeLitres: row.intakeLitres,
        varianceLitres: row.varianceLitres,
        variancePct: row.variancePct,
        flagged: row.flagged,
      })),
    }
  }
}
