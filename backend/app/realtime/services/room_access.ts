import type { RemoteSocket, Server, Socket } from 'socket.io'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import logger from '@adonisjs/core/services/logger'
import type User from '#accounts/models/user'
import { rooms } from '#realtime/rooms'
import type { SocketIdentity } from '#realtime/socket_auth'
import type TokenChecks from '#realtime/services/token_checks'

/** Whether `user` may be in `room` now: the same rule as the REST read of what the room carries. */
export type RoomRule = (user: User, room: string) => Promise<boolean>

type AnySocket = Socket | RemoteSocket<any, SocketIdentity>

interface ReviewOptions {
  /** Replaces the room's rule: a service deciding inside its transaction passes the state it commits. */
  check?: (user: User) => Promise<boolean>
  /** The transaction to read users on (a second connection while holding a row lock can starve the pool). */
  client?: TransactionClientContract
}

/**
 * Who is in which room, decided now and not at connect. Capabilities give
 * the rule of their rooms (`rule('order', ...)`); a socket joins only
 * through `join`, and whenever what a rule reads changes (an order's crew,
 * a user's role or organisation, a logout) the capability that changed it
 * calls `reviewRoom` / `reviewUser` / `revokeToken`, which look at the
 * sockets of every API node (with the Redis adapter `fetchSockets` asks
 * them all) and make those no longer allowed leave, with `unwatched`
 * `{ room }`. A container singleton (the realtime provider binds it); the
 * gateway attaches it, and before that (commands, unit tests) every review
 * is a no-op.
 */
export default class RoomAccess {
  #io?: Server
  #rules = new Map<string, RoomRule>()
  /** Per room, the last review-then-emit in flight: events of one room keep their order. */
  #queues = new Map<string, Promise<void>>()

  constructor(private tokens: TokenChecks) {}

  attach(io: Server) {
    this.#io = io
  }

  detach() {
    this.#io = undefined
  }

  /** The rule of the rooms named `<prefix>:...`. */
  rule(prefix: string, check: RoomRule) {
    this.#rules.set(prefix, check)
  }

  async allows(user: User, room: string) {
    if (room === rooms.user(user.id)) return true
    const rule = this.#rules.get(room.slice(0, room.indexOf(':')))
    return rule ? rule(user, room) : false
  }

  /**
   * Checks, joins, and checks again with the user read afresh: a change
   * committed between the first check and the join is caught by the second
   * check or by the review its commit starts, whichever runs later.
   */
  async join(socket: Socket, user: User, room: string) {
    if (!(await this.allows(user, room))) return false
    await socket.join(room)
    const now = await this.tokens.liveUser(socket.data as SocketIdentity)
    if (now && (await this.allows(now, room))) return true
    await socket.leave(room)
    return false
  }

  /** Every socket in `room` (every node) that may no longer see it leaves it. */
  async reviewRoom(room: string, options: ReviewOptions = {}) {
    const sockets = await this.#fetch(room)
    await this.#review(sockets, () => [room], options)
  }

  /**
   * Reviews `room`, then emits to it: what is emitted after a change never
   * reaches a socket that lost the room in that change. Serialised per room.
   */
  reviewThenEmit(room: string, event: string, payload: unknown) {
    const previous = this.#queues.get(room) ?? Promise.resolve()
    const next = previous
      .then(() => this.reviewRoom(room))
      .then(() => {
        this.#io?.to(room).emit(event, payload)
      })
      .catch((error) => logger.error({ err: error, room }, 'room review failed'))
    this.#queues.set(room, next)
    void next.finally(() => {
      if (this.#queues.get(room) === next) this.#queues.delete(room)
    })
    return next
  }

  /** Until the reviews and emits started so far are done (shutdown, tests). */
  async drain() {
    while (this.#queues.size > 0) await Promise.allSettled([...this.#queues.values()])
  }

  /** Every room of every socket of the user is checked again (role, organisation, membership). */
  async reviewUser(userId: number) {
    const sockets = await this.#fetch(rooms.user(userId))
    await this.#review(sockets, (socket) => [...socket.rooms])
  }

  /**
   * Whether a session dropped a moment ago may be restored as it was: its
   * token still live and every room still allowed. Else the client connects
   * afresh and watches again (checked then), and the events its rooms got
   * meanwhile are not replayed to it.
   */
  async mayRestore(identity: SocketIdentity | undefined, roomNames: Iterable<string>) {
    if (!identity) return false
    const user = await this.tokens.liveUser(identity)
    if (!user) return false
    for (const room of roomNames) {
      if (!room.includes(':')) continue // the socket's own id
      if (!(await this.allows(user, room))) return false
    }
    return true
  }

  /** The user's sockets opened with this token are disconnected (logout, revoked token). */
  async revokeToken(userId: number, tokenId: number) {
    const sockets = await this.#fetch(rooms.user(userId))
    for (const socket of sockets) {
      if ((socket.data as SocketIdentity).tokenId === tokenId) socket.disconnect(true)
    }
  }

  async #fetch(room: string): Promise<AnySocket[]> {
    if (!this.#io) return []
    return (await this.#io.in(room).fetchSockets()) as AnySocket[]
  }

  async #review(
    sockets: AnySocket[],
    roomsOf: (socket: AnySocket) => string[],
    { check, client }: ReviewOptions = {}
  ) {
    const users = new Map<string, Promise<User | null>>()
    for (const socket of sockets) {
      const identity = socket.data as SocketIdentity
      const key = `${identity.userId}:${identity.tokenId}`
      if (!users.has(key)) users.set(key, this.tokens.liveUser(identity, client))
      const user = await users.get(key)!
      if (!user) {
        socket.disconnect(true)
        continue
      }
      for (const room of roomsOf(socket)) {
        if (room === socket.id || room === rooms.user(user.id) || !socket.rooms.has(room)) continue
        const allowed = check ? await check(user) : await this.allows(user, room)
        if (allowed) continue
        socket.leave(room)
        ;(socket as RemoteSocket<any, SocketIdentity>).emit('unwatched', { room })
      }
    }
  }
}
