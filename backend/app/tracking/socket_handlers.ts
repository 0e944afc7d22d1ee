import type { Socket } from 'socket.io'
import type User from '#accounts/models/user'
import DomainException from '#core/exceptions/domain_exception'
import { positionsBatchValidator } from '#tracking/validators/tracking'
import trackingIngestService from '#tracking/services/tracking_ingest_service'
import WatchService from '#tracking/services/watch_service'
import { handle } from '#realtime/socket_errors'
import { trackingBatchesRefusedTotal } from '#tracking/services/tracking_metrics'

/**
 * Events a connected client may emit. Each one calls the same service as
 * its HTTP twin and answers through the ack callback.
 */
export function registerHandlers(socket: Socket) {
  const user = socket.data.user as User

  // `positions`: [{ seq, lat, lng, recordedAt, ... }] (or { points: [...] }).
  socket.on(
    'positions',
    handle(async (payload: unknown) => {
      try {
        const points = Array.isArray(payload) ? payload : (payload as { points?: unknown })?.points
        const batch = await positionsBatchValidator.validate({ points })
        const result = await trackingIngestService.ingest(user, batch.points, 'socket')
        return { ...result }
      } catch (error) {
        trackingBatchesRefusedTotal.inc({ source: 'socket', code: refusalCode(error) })
        throw error
      }
    })
  )

  // `watch`: { orderId } or { fleet: true } -> joins the room if allowed.
  socket.on(
    'watch',
    handle(async (payload: unknown) => {
      const room = await roomFor(user, payload)
      await socket.join(room)
      return { room }
    })
  )

  socket.on(
    'unwatch',
    handle(async (payload: unknown) => {
      const room = await roomFor(user, payload)
      await socket.leave(room)
      return { room }
    })
  )
}

async function roomFor(user: User, payload: unknown) {
  const request = (payload ?? {}) as { orderId?: unknown; fleet?: unknown }
  if (request.fleet === true) return WatchService.fleetRoom(user)
  if (Number.isSafeInteger(request.orderId) && (request.orderId as number) > 0) {
    return WatchService.orderRoom(user, request.orderId as number)
  }
  throw new DomainException('Send { orderId } or { fleet: true }', {
    status: 422,
    code: 'E_VALIDATION',
  })
}

function refusalCode(error: unknown) {
  const code = (error as { code?: unknown })?.code
  return typeof code === 'string' && /^E_[A-Z_]{1,40}$/.test(code) ? code : 'E_VALIDATION'
}
