import db from '@adonisjs/lucid/services/db'
import TrackingException, { type TrackingExceptionKind } from '#tracking/models/tracking_exception'

/** What the dispatch board lists: newest first, limited to the reader's fleet. */
export default class TrackingExceptionService {
  list(
    scope: 'all' | number,
    filters: { kind?: TrackingExceptionKind; open?: boolean; limit?: number }
  ) {
    const query = TrackingException.query()
      .select('*', db.raw('ST_Y(position::geometry) AS lat, ST_X(position::geometry) AS lng'))
      .preload('driver')
      .orderBy('opened_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filters.limit ?? 100)
    if (scope !== 'all') query.where('organisation_id', scope)
    if (filters.kind) query.where('kind', filters.kind)
    if (filters.open === true) query.whereNull('resolved_at')
    if (filters.open === false) query.whereNotNull('resolved_at')
    return query
  }
}
