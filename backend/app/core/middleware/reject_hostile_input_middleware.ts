import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import DomainException from '#core/exceptions/domain_exception'
import { outsideProtocolOf } from '#core/http/outside_protocol'

/** Deeper than this, a body is no request a client of this API sends. */
export const MAX_DEPTH = 16

/** Keys that shadow what every object inherits (`{"driverId":{"toString":1}}` broke number parsing). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype))

/**
 * Runs after the bodyparser, before any validator: a NUL character in any
 * text, a body nested deeper than MAX_DEPTH, or a key named like a built-in
 * of Object is refused with 400 E_INVALID_INPUT, so no validator, query or
 * log meets them. Routes declared `outsideProtocol` (USSD, OsmAnd, provider
 * callbacks) keep their own wire rules.
 */
export default class RejectHostileInputMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    if (!outsideProtocolOf(ctx.route)) {
      const problem =
        inspect(ctx.request.body(), 'body', 0) ??
        inspect(ctx.request.qs(), 'query', 0) ??
        inspect(ctx.params ?? {}, 'params', 0)
      if (problem) {
        throw new DomainException(problem.message, {
          status: 400,
          code: 'E_INVALID_INPUT',
          field: problem.field,
        })
      }
    }
    return next()
  }
}

function inspect(
  value: unknown,
  field: string,
  depth: number
): { message: string; field: string } | undefined {
  if (typeof value === 'string') {
    return value.includes('\0')
      ? { message: `The ${field} field contains a NUL character.`, field }
      : undefined
  }
  if (value === null || typeof value !== 'object') return undefined
  if (depth > MAX_DEPTH) {
    return { message: `The request is nested deeper than ${MAX_DEPTH} levels.`, field }
  }
  for (const [key, child] of Object.entries(value)) {
    const path = `${field}.${key}`
    if (INHERITED.has(key) || key.includes('\0')) {
      return {
        message: `"${key.replace(/\0/g, '\\0')}" is not a field name this API accepts.`,
        field: path,
      }
    }
    const found = inspect(child, path, depth + 1)
    if (found) return found
  }
  return undefined
}
