import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import CooperativeService from '#collections/services/cooperative_service'
import CollectionReportService from '#collections/services/collection_report_service'
import { visibleCooperative } from '#collections/controllers/cooperatives_controller'
import { dashboardValidator } from '#collections/validators/statement'
import ReportTransformer from '#collections/transformers/report_transformer'

/** The cooperative's dashboard: litres per route, centre and day, refusals, idle farmers. */
@inject()
export default class ReportsController {
  constructor(
    private cooperatives: CooperativeService,
    private reports: CollectionReportService
  ) {}

  /** GET /api/v1/cooperatives/:id/dashboard?from=&to=&format=json|csv */
  async dashboard(ctx: HttpContext) {
    const { params, from, to, format } = await ctx.request.validateUsing(dashboardValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    const iso = (date: Date) => DateTime.fromJSDate(date).toISODate()!
    const dashboard = await this.reports.dashboard(cooperative, iso(from), iso(to))
    if (format === 'csv') {
      ctx.response.header('Content-Type', 'text/csv; charset=utf-8')
      ctx.response.header(
        'Content-Disposition',
        `attachment; filename="collections-${dashboard.from}-${dashboard.to}.csv"`
      )
      return this.reports.csvOf(dashboard)
    }
    return ReportTransformer.dashboard(dashboard)
  }
}
