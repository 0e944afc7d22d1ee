import type { HttpContext } from '@adonisjs/core/http'
import { healthChecks } from '#start/health'

/** GET /health: 200 when every check passes, 503 naming the failing ones. */
export default class HealthChecksController {
  async handle({ response }: HttpContext) {
    const report = await healthChecks.run()
    const body = {
      status: report.status,
      checkedAt: report.finishedAt,
      checks: report.checks.map(({ name, status, message }) => ({ name, status, message })),
    }
    return report.isHealthy ? response.ok(body) : response.serviceUnavailable(body)
  }
}
