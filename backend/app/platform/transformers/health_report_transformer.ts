import type { HealthCheckReport } from '@adonisjs/core/types/health'
import { isoDateTime, named, z } from '#core/contract/response_schema'

const STATUSES = ['ok', 'warning', 'error'] as const

export const healthReportSchema = named(
  'HealthReport',
  z.object({
    status: z.enum(STATUSES),
    checkedAt: isoDateTime(),
    checks: z.array(
      z.object({
        name: z.string().meta({ examples: ['database', 'PostGIS', 'redis'] }),
        status: z.enum(STATUSES),
        message: z.string(),
      })
    ),
  })
)

/** The health checks' report as /health answers it. */
export default class HealthReportTransformer {
  static toJSON(report: HealthCheckReport): z.infer<typeof healthReportSchema> {
    return {
      status: report.status,
      checkedAt: report.finishedAt.toISOString(),
      checks: report.checks.map(({ name, status, message }) => ({ name, status, message })),
    }
  }
}
