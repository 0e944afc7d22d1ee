import { inject } from '@adonisjs/core'
import type User from '#accounts/models/user'
import { isId } from '#core/validators/rules/number'
import RoomAccess from '#realtime/services/room_access'
import DriverRooms from '#realtime/services/driver_rooms'
import LastPositions from '#realtime/services/last_positions'
import { rooms } from '#realtime/rooms'
import CollectionRoute from '#collections/models/collection_route'
import CooperativeAccessService from '#collections/services/cooperative_access_service'
import RouteRunService from '#collections/services/route_run_service'

/**
 * A milk route live (issue 13 part 3): the room `route:<id>` gets its
 * driver's positions (tracking sends them there through realtime's
 * DriverRooms hook). Who may be in it is who may read the route's run
 * (CooperativeAccessService.followsRoute), checked when a socket joins and
 * again before every point, so a clerk removed from the cooperative or a
 * driver taken off the route stops receiving at once.
 */
@inject()
export default class RouteFeed {
  constructor(
    private access: CooperativeAccessService,
    private runs: RouteRunService,
    private roomAccess: RoomAccess,
    private driverRooms: DriverRooms,
    private lastPositions: LastPositions
  ) {}

  /** Gives realtime the rule of the `route:` rooms and tracking the rooms of a route's driver (at boot). */
  register() {
    this.roomAccess.rule('route', async (user, room) => {
      const id = Number(room.slice('route:'.length))
      const route = isId(id) ? await CollectionRoute.find(id) : null
      return route !== null && this.access.followsRoute(user, route)
    })
    this.driverRooms.register(routeRoomsOf)
  }

  /**
   * The route's room, if the user may follow it (else 404, as REST answers),
   * and where its truck was last seen: a map opened between two points
   * shows the truck at once, not only from its next point.
   */
  async room(user: User, routeId: number) {
    const route = await this.runs.findFor(user, routeId)
    const position = route.driverId ? await this.lastPositions.of(route.driverId) : null
    return { room: rooms.route(route.id), position }
  }
}

/** The rooms of the active routes a driver is assigned to. */
async function routeRoomsOf(driverId: number) {
  const routes = await CollectionRoute.query()
    .where({ driver_id: driverId, active: true })
    .select('id')
  return routes.map((route) => rooms.route(route.id))
}
