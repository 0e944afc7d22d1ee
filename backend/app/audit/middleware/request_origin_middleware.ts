import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { requestOrigin } from '#audit/request_origin'

/** The request's address (behind the trusted proxies of config/app.ts) for the audit log. */
export default class RequestOriginMiddleware {
  handle({ request }: HttpContext, next: NextFn) {
    return requestOrigin.run({ ip: request.ip() }, next)
  }
}
