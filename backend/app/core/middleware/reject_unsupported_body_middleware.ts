import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import DomainException from '#core/exceptions/domain_exception'
import { outsideProtocolOf } from '#core/http/outside_protocol'

/**
 * Runs after the bodyparser: a body it could not classify (a content type
 * missing from config/bodyparser.ts) would otherwise reach the controller as
 * an empty object, so it is refused with 415 instead. An empty POST (what
 * browsers send for `fetch(url, { method: 'POST' })`, e.g. logout) is fine.
 * A route declared `outsideProtocol(route, { readsRawBody: true })` reads
 * such a body itself (OsmAnd trackers may POST a report with no content type).
 */
export default class RejectUnsupportedBodyMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const readsItself = outsideProtocolOf(ctx.route)?.readsRawBody
    if (ctx.request.bodyType === 'unknown' && carriesContent(ctx) && !readsItself) {
      const type = ctx.request.header('content-type') ?? 'none'
      throw new DomainException(
        `Unsupported content type "${type}"; send application/json, a form or multipart/form-data.`,
        { status: 415, code: 'E_UNSUPPORTED_MEDIA_TYPE' }
      )
    }
    return next()
  }
}

function carriesContent(ctx: HttpContext) {
  const length = ctx.request.header('content-length')
  if (length !== undefined) return Number(length) > 0
  return ctx.request.hasBody()
}
