import type { Socket } from 'socket.io'
import type User from '#accounts/models/user'
import { rooms } from '#realtime/rooms'
import DomainException from '#core/exceptions/domain_exception'
import { isId } from '#core/validators/rules/number'
import app from '@adonisjs/core/services/app'
import TrackingIngestService from '#tracking/services/tracking_ingest_service'
import WatchService from '#tracking/services/watch_service'
import { handle } from '#realtime/socket_errors'
import { currentUser } from '#realtime/socket_auth'
import RoomAccess from '#realtime/services/room_access'
import TokenChecks from '#realtime/services/token_checks'

/**
 * Events a connected client may emit. Each one calls the same service as
 * its HTTP twin and answers through the ack callback, for the user as the
 * database has them at that moment (a revoked token ends the connection).
 */
export function registerHandlers(socket: Socket) {
  // The entry and the token checks are resolved once per connection, not per batch (the hot path).
  let ingest: Promise<TrackingIngestService> | undefined
  let tokens: Promise<TokenChecks> | undefined
  // `positions`: [{ seq, lat, lng, recordedAt, ... }] (or { points: [...] }), through the one entry.
  socket.on(
    'positions',
    handle(async (payload: unknown) => {
      ingest ??= app.container.make(TrackingIngestService)
      tokens ??= app.container.make(TokenChecks)
      const [entry, checks] = await Promise.all([ingest, tokens])
      const result = await entry.receive('socket', async () => ({
        driver: await checks.currentUser(socket),
        points: Array.isArray(payload) ? payload : (payload as { points?: unknown })?.points,
      }))
      return { ...result }
    })
  )

  // `watch`: { orderId } or { fleet: true } -> joins the room if allowed (and stays while it is).
  socket.on(
    'watch',
    handle(async (payload: unknown) => {
      const user = await currentUser(socket)
      const watch = await app.container.make(WatchService)
      const room = await roomFor(watch, user, requested(payload))
      const roomAccess = await app.container.make(RoomAccess)
      if (!(await roomAccess.join(socket, user, room))) throw lost(room)
      return { room }
    })
  )

  // `unwatch` needs no right: leaving is always allowed, even a room one may no longer see.
  socket.on(
    'unwatch',
    handle(async (payload: unknown) => {
      const request = requested(payload)
      const room =
        'orderId' in request
          ? rooms.order(request.orderId)
          : [...socket.rooms].find((name) => name.startsWith('fleet:'))
      if (room) await socket.leave(room)
      return { room: room ?? null }
    })
  )
}

type WatchRequest = { orderId: number } | { fleet: true }

function requested(payload: unknown): WatchRequest {
  const request = (payload ?? {}) as { orderId?: unknown; fleet?: unknown }
  if (request.fleet === true) return { fleet: true }
  if (isId(request.orderId)) return { orderId: request.orderId }
  throw new DomainException('Send { orderId } or { fleet: true }', {
    status: 422,
    code: 'E_VALIDATION',
  })
}

function roomFor(watch: WatchService, user: User, request: WatchRequest) {
  return 'orderId' in request ? watch.orderRoom(user, request.orderId) : watch.fleetRoom(user)
}

/** The right was lost between the check and the join. */
function lost(room: string) {
  return room.startsWith('order:')
    ? DomainException.notFound('Order')
    : new DomainException('Only dispatchers and admins may watch a fleet', {
        status: 403,
        code: 'E_FORBIDDEN',
      })
}
