import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { recordHttpRequest } from '#core/metrics'

/**
 * Counts every response and its latency once it has been sent, so errors
 * turned into responses by the exception handler are counted with their
 * final status.
 */
export default class HttpMetricsMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const started = process.hrtime.bigint()
    ctx.response.response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      recordHttpRequest(
        {
          method: ctx.request.method(),
          route: ctx.route?.pattern,
          status: ctx.response.getStatus(),
        },
        seconds
      )
    })
    return next()
  }
}
