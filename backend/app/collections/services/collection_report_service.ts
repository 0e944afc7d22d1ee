import db from '@adonisjs/lucid/services/db'
import type Cooperative from '#collections/models/cooperative'
import { csvDocument } from '#core/csv'
import type { RejectionReason } from '#collections/quality_rules'

export interface Dashboard {
  from: string
  to: string
  /** Accepted and rejected litres per route (or no route: milk brought to a centre) and day. */
  byRouteDay: {
    routeId: number | null
    routeName: string | null
    date: string
    acceptedLitres: number
    rejectedLitres: number
    collections: number
  }[]
  /** Accepted litres per collection centre and day (collections recorded at a centre). */
  byCentreDay: { centreId: number; centreName: string; date: string; acceptedLitres: number }[]
  rejections: { reason: RejectionReason; collections: number; litres: number }[]
  totals: {
    acceptedLitres: number
    rejectedLitres: number
    collections: number
    rejectionRatePct: number
  }
  /** Active farmers with no collection in the range. */
  farmersWithoutCollections: { id: number; name: string; memberNumber: string; phone: string }[]
}

/**
 * The cooperative's numbers for its dashboard: what was collected where and
 * when, what was refused and why, and who brought nothing. Corrections are
 * included (a reversal cancels what it reverses).
 */
export default class CollectionReportService {
  async dashboard(cooperative: Cooperative, from: string, to: string): Promise<Dashboard> {
    const id = cooperative.organisationId
    const range = (query: any) =>
      query.where('mc.cooperative_id', id).whereBetween('mc.collected_on', [from, to])
    const byRouteDay = await range(db.from('milk_collections as mc'))
      .leftJoin('collection_routes as r', 'r.id', 'mc.route_id')
      .groupBy('mc.route_id', 'r.name', 'mc.collected_on')
      .orderBy('mc.collected_on', 'desc')
      .orderBy('r.name')
      .select(
        'mc.route_id',
        'r.name as route_name',
        db.raw(`to_char(mc.collected_on, 'YYYY-MM-DD') AS day`),
        db.raw(
          `COALESCE(SUM(mc.quantity_litres) FILTER (WHERE mc.outcome = 'accepted'), 0) AS accepted`
        ),
        db.raw(
          `COALESCE(SUM(mc.quantity_litres) FILTER (WHERE mc.outcome = 'rejected'), 0) AS rejected`
        ),
        db.raw(
          `COUNT(*) FILTER (WHERE mc.kind = 'collection') - COUNT(*) FILTER (WHERE mc.kind = 'reversal') AS collections`
        )
      )
    const byCentreDay = await range(db.from('milk_collections as mc'))
      .join('collection_centres as c', 'c.id', 'mc.centre_id')
      .where('mc.outcome', 'accepted')
      .groupBy('c.id', 'c.name', 'mc.collected_on')
      .orderBy('mc.collected_on', 'desc')
      .orderBy('c.name')
      .select(
        'c.id',
        'c.name',
        db.raw(`to_char(mc.collected_on, 'YYYY-MM-DD') AS day`),
        db.raw('SUM(mc.quantity_litres) AS litres')
      )
    const rejections = await range(db.from('milk_collections as mc'))
      .where('mc.outcome', 'rejected')
      .groupBy('mc.rejection_reason')
      .select(
        'mc.rejection_reason',
        db.raw(
          `COUNT(*) FILTER (WHERE mc.kind = 'collection') - COUNT(*) FILTER (WHERE mc.kind = 'reversal') AS collections`
        ),
        db.raw('SUM(mc.quantity_litres) AS litres')
      )
    const idle = await db
      .from('farmers as f')
      .where('f.cooperative_id', id)
      .where('f.status', 'active')
      .whereNotExists((sub) =>
        sub
          .from('milk_collections as mc')
          .whereColumn('mc.farmer_id', 'f.id')
          .whereBetween('mc.collected_on', [from, to])
      )
      .orderBy('f.member_number')
      .select('f.id', 'f.name', 'f.member_number', 'f.phone')

    const rows = byRouteDay.map((row: any) => ({
      routeId: row.route_id === null ? null : Number(row.route_id),
      routeName: row.route_name ?? null,
      date: row.day,
      acceptedLitres: Number(row.accepted),
      rejectedLitres: Number(row.rejected),
      collections: Number(row.collections),
    }))
    const accepted = rows.reduce(
      (sum: number, row: { acceptedLitres: number }) => sum + row.acceptedLitres,
      0
    )
    const rejected = rows.reduce(
      (sum: number, row: { rejectedLitres: number }) => sum + row.rejectedLitres,
      0
    )
    const round = (value: number) => Math.round(value * 100) / 100
    return {
      from,
      to,
      byRouteDay: rows,
      byCentreDay: byCentreDay.map((row: any) => ({
        centreId: Number(row.id),
        centreName: row.name,
        date: row.day,
        acceptedLitres: Number(row.litres),
      })),
      rejections: rejections
        .map((row: any) => ({
          reason: row.rejection_reason ?? 'other',
          collections: Number(row.collections),
          litres: Number(row.litres),
        }))
        .filter((row: { collections: number }) => row.collections > 0),
      totals: {
        acceptedLitres: round(accepted),
        rejectedLitres: round(rejected),
        collections: rows.reduce(
          (sum: number, row: { collections: number }) => sum + row.collections,
          0
        ),
        rejectionRatePct:
          accepted + rejected === 0 ? 0 : round((rejected / (accepted + rejected)) * 100),
      },
      farmersWithoutCollections: idle.map((row: any) => ({
        id: Number(row.id),
        name: row.name,
        memberNumber: row.member_number,
        phone: row.phone,
      })),
    }
  }

  /** The litres per route and day as CSV, for a spreadsheet. */
  csvOf(dashboard: Dashboard) {
    return csvDocument([
      ['date', 'route', 'accepted_litres', 'rejected_litres', 'collections'],
      ...dashboard.byRouteDay.map((row) => [
        row.date,
        row.routeName,
        row.acceptedLitres,
        row.rejectedLitres,
        row.collections,
      ]),
    ])
  }
}
