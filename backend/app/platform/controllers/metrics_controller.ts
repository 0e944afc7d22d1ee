import { timingSafeEqual } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import DomainException from '#core/exceptions/domain_exception'
import { metricsRegistry } from '#core/metrics'

/**
 * GET /metrics in Prometheus text format, behind METRICS_TOKEN. Open without
 * a token only outside production (a developer's machine, the tests); in
 * production without METRICS_TOKEN nobody may read it.
 */
export default class MetricsController {
  async handle({ request, response }: HttpContext) {
    const token = env.get('METRICS_TOKEN')?.release()
    const open = !token && env.get('NODE_ENV') !== 'production'
    const given = request.header('authorization') ?? ''
    if (!open && !(token && sameSecret(given, `Bearer ${token}`))) {
      response.header('WWW-Authenticate', 'Bearer')
      throw new DomainException(
        token
          ? 'A valid metrics token is required.'
          : 'Metrics are closed: this production server has no METRICS_TOKEN.',
        { status: 401, code: 'E_UNAUTHORIZED_ACCESS' }
      )
    }
    response.header('Content-Type', metricsRegistry.contentType)
    return response.send(await metricsRegistry.metrics())
  }
}

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
