import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Where the current HTTP request comes from, for the audit log's "from
 * where": set for every route by `RequestOriginMiddleware`, read by
 * `AuditService.record`. Outside a request (jobs, callbacks' follow-ups,
 * commands) there is none and the row says so (null).
 */
export interface RequestOrigin {
  ip: string
}

export const requestOrigin = new AsyncLocalStorage<RequestOrigin>()
