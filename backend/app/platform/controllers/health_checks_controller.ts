import type { HttpContext } from '@adonisjs/core/http'
import { healthChecks } from '#start/health'
import HealthReportTransformer from '#platform/transformers/health_report_transformer'

/** GET /health: 200 when every check passes, 503 naming the failing ones. */
export default class HealthChecksController {
  async handle({ response }: HttpContext) {
    const report = await healthChecks.run()
    const body = HealthReportTransformer.toJSON(report)
    return report.isHealthy ? response.ok(body) : response.serviceUnavailable(body)
  }
}
