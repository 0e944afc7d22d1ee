import type { Socket } from 'socket.io'
import app from '@adonisjs/core/services/app'
import DomainException from '#core/exceptions/domain_exception'
import { isId } from '#core/validators/rules/number'
import { handle } from '#realtime/socket_errors'
import { currentUser } from '#realtime/socket_auth'
import RoomAccess from '#realtime/services/room_access'
import { rooms } from '#realtime/rooms'
import RouteFeed from '#collections/services/route_feed'

function routeIdOf(payload: unknown) {
  const routeId = (payload as { routeId?: unknown } | null)?.routeId
  if (isId(routeId)) return routeId
  throw new DomainException('Send { routeId }', { status: 422, code: 'E_VALIDATION' })
}

/**
 * `route:watch` { routeId } joins the route's room while the user may follow
 * it (ack `{ ok, room }`, or E_NOT_FOUND as REST); its driver's last known
 * position is sent at once as `position`, then each new one. `route:unwatch` { routeId } leaves it, always allowed.
 */
export function registerRouteHandlers(socket: Socket) {
  socket.on(
    'route:watch',
    handle(async (payload: unknown) => {
      const user = await currentUser(socket)
      const feed = await app.container.make(RouteFeed)
      const { room, position } = await feed.room(user, routeIdOf(payload))
      const roomAccess = await app.container.make(RoomAccess)
      if (!(await roomAccess.join(socket, user, room))) throw DomainException.notFound('Route')
      if (position) socket.emit('position', position)
      return { room }
    })
  )
  socket.on(
    'route:unwatch',
    handle(async (payload: unknown) => {
      const room = rooms.route(routeIdOf(payload))
      await socket.leave(room)
      return { room }
    })
  )
}
