import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import securityHeaders from '#config/security_headers'

/**
 * Sets the headers of config/security_headers.ts on every response, before
 * anything else runs so 404s and errors carry them too.
 */
export default class SecurityHeadersMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    for (const [name, value] of Object.entries(securityHeaders)) {
      ctx.response.header(name, value)
    }
    return next()
  }
}
