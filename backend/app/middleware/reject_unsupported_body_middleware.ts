import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import DomainException from '#exceptions/domain_exception'

/**
 * Runs after the bodyparser: a body it could not classify (a content type
 * missing from config/bodyparser.ts) would otherwise reach the controller as
 * an empty object, so it is refused with 415 instead.
 */
export default class RejectUnsupportedBodyMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.bodyType === 'unknown' && ctx.request.hasBody()) {
      const type = ctx.request.header('content-type') ?? 'none'
      throw new DomainException(
        `Unsupported content type "${type}"; send application/json, a form or multipart/form-data.`,
        { status: 415, code: 'E_UNSUPPORTED_MEDIA_TYPE' }
      )
    }
    return next()
  }
}
