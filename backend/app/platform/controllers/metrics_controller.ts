import { timingSafeEqual } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import DomainException from '#core/exceptions/domain_exception'
import { metricsRegistry } from '#core/metrics'

/** GET /metrics in Prometheus text format, behind METRICS_TOKEN when set. */
export default class MetricsController {
  async handle({ request, response }: HttpContext) {
    const token = env.get('METRICS_TOKEN')?.release()
    if (token && !sameSecret(request.header('authorization') ?? '', `Bearer ${token}`)) {
      response.header('WWW-Authenticate', 'Bearer')
      throw new DomainException('A valid metrics token is required.', {
        status: 401,
        code: 'E_UNAUTHORIZED_ACCESS',
      })
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
