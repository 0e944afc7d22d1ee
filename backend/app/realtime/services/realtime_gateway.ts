import type { Server as HttpServer } from 'node:http'
import { Server } from 'socket.io'
import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter'
import { Redis } from 'ioredis'
import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'
import env from '#start/env'
import type Broadcaster from '#realtime/services/broadcaster'
import { rooms } from '#realtime/rooms'
import { authenticateSocket, type SocketIdentity } from '#realtime/socket_auth'
import type RoomAccess from '#realtime/services/room_access'
import { realtimeSockets } from '#realtime/realtime_metrics'
import type {} from '#accounts/access_events'
import type { Socket } from 'socket.io'

export interface UserNotificationMessage {
  userId: number
  notification: Record<string, unknown>
}

declare module '@adonisjs/core/types' {
  interface EventsList {
    /** Emit it to push `notification` to every socket of that user. */
    'user:notification': UserNotificationMessage
  }
}

/** What a capability does with each authenticated socket: join rooms, listen to its events. */
export type ConnectionHandler = (socket: Socket) => void

/**
 * Socket.IO on the AdonisJS HTTP server (same port, path /socket.io).
 * With REDIS_URL, rooms are shared by every API node through the Redis
 * adapter (one publishing and one subscribing ioredis connection). A
 * container singleton, bound by the realtime provider, which attaches it to
 * the HTTP server and closes it on shutdown.
 */
export default class RealtimeGateway {
  io?: Server
  #redis: Redis[] = []
  #unsubscribe: (() => void)[] = []
  #handlers: ConnectionHandler[] = []

  constructor(
    private broadcaster: Broadcaster,
    private roomAccess: RoomAccess
  ) {}

  /** Capabilities register their socket events here at boot (providers/realtime_provider.ts). */
  onConnection(handler: ConnectionHandler) {
    this.#handlers.push(handler)
  }

  attach(httpServer: HttpServer) {
    if (this.io) return this.io
    const io = new Server(httpServer, {
      serveClient: false,
      cors: { origin: corsOrigins(), credentials: true },
      maxHttpBufferSize: 1_000_000,
      // Brief drops (tunnels, cell handover) resume rooms and missed emits on the same node.
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    })
    this.#shareRooms(io)
    this.#guardRecovery(io)
    io.use(authenticateSocket)
    io.on('connection', (socket) => {
      realtimeSockets.inc()
      socket.on('disconnect', () => realtimeSockets.dec())
      socket.join(rooms.user((socket.data as SocketIdentity).userId))
      for (const handler of this.#handlers) handler(socket)
    })

    this.#forward(io)
    return io
  }

  /**
   * A process without sockets (`node ace queue:work`) that must still reach
   * them: its emits go through the Redis adapter to the API nodes' sockets.
   * Without REDIS_URL there is no way across processes: returns false.
   */
  attachEmitter() {
    if (this.io) return true
    if (!env.get('REDIS_URL')) return false
    const io = new Server({ serveClient: false })
    this.#shareRooms(io)
    this.#forward(io)
    return true
  }

  #shareRooms(io: Server) {
    const redisUrl = env.get('REDIS_URL')
    if (!redisUrl) return
    const pub = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: null })
    const sub = pub.duplicate()
    for (const client of [pub, sub]) {
      client.on('error', (error) => logger.warn({ err: error }, 'socket.io redis connection'))
    }
    this.#redis = [pub, sub]
    // Pub/sub channels ignore the Redis db number: keep deployments sharing a server apart.
    const db = new URL(redisUrl).pathname.slice(1) || '0'
    // Sharded: Redis 7's SPUBLISH/SSUBSCRIBE, a channel per room (bench/README.md compares them).
    io.adapter(
      env.get('SOCKET_IO_ADAPTER') === 'sharded'
        ? createShardedAdapter(pub, sub, { channelPrefix: `njia:socket.io:${db}` })
        : createAdapter(pub, sub, { key: `njia:socket.io:${db}` })
    )
  }

  /**
   * `user:notification` events of this process reach that user's sockets on
   * any node; accounts' access changes and revoked tokens review or drop them.
   */
  #forward(io: Server) {
    const forwardNotification = ({ userId, notification }: UserNotificationMessage) =>
      this.broadcaster.emit([rooms.user(userId)], 'notification', notification)
    const review = ({ userId }: { userId: number }) =>
      this.roomAccess
        .reviewUser(userId)
        .catch((error) => logger.error({ err: error, userId }, 'socket room review failed'))
    const revoke = ({ userId, tokenId }: { userId: number; tokenId: number }) =>
      this.roomAccess
        .revokeToken(userId, tokenId)
        .catch((error) => logger.error({ err: error, userId }, 'socket token revocation failed'))
    emitter.on('user:notification', forwardNotification)
    emitter.on('user:access-changed', review)
    emitter.on('user:token-revoked', revoke)
    this.#unsubscribe = [
      () => emitter.off('user:notification', forwardNotification),
      () => emitter.off('user:access-changed', review),
      () => emitter.off('user:token-revoked', revoke),
    ]
    this.broadcaster.attach(io)
    this.roomAccess.attach(io)
    this.io = io
  }

  /**
   * A recovered session gets its rooms and missed events back before any
   * middleware runs: restore it only while its token lives and every room is
   * still allowed (a crew unassigned during a tunnel must not be replayed the
   * new crew's events). The Redis adapter never restores.
   */
  #guardRecovery(io: Server) {
    const adapter = io.of('/').adapter
    const restore = adapter.restoreSession.bind(adapter)
    adapter.restoreSession = async (pid, offset) => {
      const session = await restore(pid, offset)
      if (!session) return session
      const allowed = await this.roomAccess
        .mayRestore(session.data as SocketIdentity | undefined, session.rooms)
        .catch(() => false)
      // The adapter's type says Session, but null ("start afresh") is what Socket.IO expects.
      return (allowed ? session : null) as typeof session
    }
  }

  async close() {
    if (!this.io) return
    this.broadcaster.detach()
    this.roomAccess.detach()
    this.#unsubscribe.forEach((off) => off())
    const io = this.io
    this.io = undefined
    io.disconnectSockets(true)
    // io.close() would also close the HTTP server, which AdonisJS owns.
    io.engine?.close()
    await Promise.allSettled(this.#redis.map((client) => client.quit()))
    this.#redis = []
  }
}

function corsOrigins(): string[] | boolean {
  const configured = env.get('CORS_ORIGIN')
  if (!configured) return false
  return configured.split(',').map((origin) => origin.trim())
}
