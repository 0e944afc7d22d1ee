import type { Route } from '@adonisjs/core/http'

/**
 * A route spoken by an outside party (a provider's callback, a tracker app):
 * its wire format is the other side's, so it is answered by that protocol's
 * own rules and not by this API's edge rules (RejectHostileInputMiddleware,
 * RejectUnsupportedBodyMiddleware). Declared once, where the route is defined:
 *
 *   outsideProtocol(router.post('/api/v1/ussd', [UssdController, 'handle']))
 */
export interface OutsideProtocol {
  /** The controller reads a body the bodyparser could not classify (e.g. no content type). */
  readsRawBody?: boolean
}

const declared = new Map<Route, OutsideProtocol>()
/** Built at the first request: a group's prefix is applied after its routes are declared. */
let byPattern: Map<string, OutsideProtocol> | undefined

export function outsideProtocol<R extends Route>(route: R, protocol: OutsideProtocol = {}): R {
  declared.set(route, protocol)
  byPattern = undefined
  return route
}

/** The declaration of the matched route, if it is an outside protocol route. */
export function outsideProtocolOf(route: { pattern: string } | undefined) {
  if (!route) return undefined
  byPattern ??= new Map([...declared].map(([r, protocol]) => [r.toJSON().pattern, protocol]))
  return byPattern.get(route.pattern)
}
