import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import DomainException from '#core/exceptions/domain_exception'
import type User from '#accounts/models/user'
import Cooperative from '#collections/models/cooperative'
import CollectionRoute, { SHIFTS } from '#collections/models/collection_route'
import Farmer from '#collections/models/farmer'
import CooperativeAccessService from '#collections/services/cooperative_access_service'
import CollectionTotalsService from '#collections/services/collection_totals_service'

/**
 * A route as its driver runs it (issue 13 part 2): today's shifts, the stops
 * in order with the farmers who bring milk to each, and the cooperative's
 * acceptance thresholds, for the phone to keep offline.
 */
@inject()
export default class RouteRunService {
  constructor(
    private access: CooperativeAccessService,
    private totals: CollectionTotalsService
  ) {}

  /** The route, to its assigned driver and its cooperative's staff; 404 to anyone else. */
  async findFor(user: User, id: number) {
    const route = await CollectionRoute.query()
      .where('id', id)
      .preload('stops', (stops) => stops.orderBy('position'))
      .first()
    if (!route || !(await this.access.followsRoute(user, route))) {
      throw DomainException.notFound('Route')
    }
    return route
  }

  /** Expects `stops` preloaded. */
  async today(route: CollectionRoute) {
    const cooperative = await Cooperative.query()
      .where('organisation_id', route.cooperativeId)
      .preload('organisation')
      .firstOrFail()
    const { day } = this.totals.today()
    const farmers = await Farmer.query()
      .whereIn(
        'stop_id',
        route.stops.map((stop) => stop.id)
      )
      .where('status', 'active')
      .orderBy('member_number')
    const date = DateTime.fromISO(day)
    return {
      route,
      cooperative,
      day,
      shifts: SHIFTS.filter((shift) => route.runsOn(date, shift)),
      farmers,
    }
  }
}
