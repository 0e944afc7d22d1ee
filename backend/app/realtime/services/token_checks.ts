import type { Socket } from 'socket.io'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#accounts/models/user'
import DomainException from '#core/exceptions/domain_exception'
import type { SocketIdentity } from '#realtime/socket_auth'
import env from '#start/env'

/** A check asked for and not yet answered. */
interface Check {
  identity: SocketIdentity
  resolve: (user: User | null) => void
  reject: (error: unknown) => void
}

/** A larger turn is split: the list of token ids stays a reasonable query. */
const MOST_PER_QUERY = 500

/**
 * A query unanswered this long (a connection lost mid-query, a lock) no
 * longer holds the checks asked after it: they go in a query of their own.
 */
const STALLED_AFTER_MS = 2_000

const keyOf = ({ userId, tokenId }: SocketIdentity) => `${userId}:${tokenId}`

/**
 * The token check of every socket event: the socket's user as the database
 * has them now, or null when the token the socket connected with was
 * revoked or has expired. Every event of every socket asks (the hot path: a
 * driver's each batch), so checks share queries: those asked in the same
 * turn of the event loop go together, and while a query is in flight the
 * checks asked meanwhile wait for it and then go together in the next (as
 * the GPS write buffer does), so under load a query answers many. Each is
 * still answered by a query sent after it was asked. Queries start at least
 * `spacingMs` apart (REALTIME_TOKEN_CHECK_SPACING_MS, default 20): below
 * that many a second a check goes at once as before, above it the checks of
 * the interval share one query, so the statements a second stay bounded
 * whatever the load. A query in flight holds the next for at most
 * `stalledAfterMs`. One per process (it holds the checks waiting for their
 * query): a container singleton (providers/realtime_provider.ts).
 */
export default class TokenChecks {
  #waiting: Check[] = []
  /** The queries in flight, until they answer or stall. */
  #inFlight?: Promise<void>
  #soon?: NodeJS.Immediate
  #later?: NodeJS.Timeout
  /** When the last query started (ms, monotonic: a wall clock set back must not hold the checks). */
  #startedAt = -Infinity

  constructor(
    private spacingMs = env.get('REALTIME_TOKEN_CHECK_SPACING_MS') ?? 20,
    private stalledAfterMs = STALLED_AFTER_MS
  ) {}

  /** Inside a transaction (`client`) the check runs alone, on that transaction. */
  async liveUser(identity: SocketIdentity, client?: TransactionClientContract) {
    if (client) {
      const found = await this.usersWithLiveTokens([identity], client)
      return found.get(keyOf(identity)) ?? null
    }
    return new Promise<User | null>((resolve, reject) => {
      this.#waiting.push({ identity, resolve, reject })
      this.#schedule()
    })
  }

  /**
   * For socket handlers: the user now. A revoked or expired token drops the
   * connection and refuses the event with E_UNAUTHORIZED.
   */
  async currentUser(socket: Socket): Promise<User> {
    const user = await this.liveUser(socket.data as SocketIdentity)
    if (!user) {
      setImmediate(() => socket.disconnect(true))
      throw new DomainException('Your session has ended; sign in again', {
        status: 401,
        code: 'E_UNAUTHORIZED',
      })
    }
    return user
  }

  /**
   * Next turn, unless a query is in flight: then right after it, with
   * whatever waited meanwhile; and never sooner than the spacing after the last.
   */
  #schedule() {
    if (this.#inFlight || this.#soon || this.#later || this.#waiting.length === 0) return
    const left = this.#startedAt + this.spacingMs - performance.now()
    if (left <= 0) this.#soon = setImmediate(() => this.#checkWaiting())
    else this.#later = setTimeout(() => this.#checkWaiting(), left)
  }

  #checkWaiting() {
    this.#soon = undefined
    this.#later = undefined
    this.#startedAt = performance.now()
    const queries: Promise<void>[] = []
    while (this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0, MOST_PER_QUERY)
      queries.push(
        this.usersWithLiveTokens(batch.map((check) => check.identity)).then(
          (found) =>
            batch.forEach((check) => check.resolve(found.get(keyOf(check.identity)) ?? null)),
          (error: unknown) => batch.forEach((check) => check.reject(error))
        )
      )
    }
    let stall: NodeJS.Timeout | undefined
    this.#inFlight = Promise.race([
      Promise.all(queries),
      new Promise((resolve) => (stall = setTimeout(resolve, this.stalledAfterMs))),
    ]).then(() => {
      clearTimeout(stall)
      this.#inFlight = undefined
      this.#schedule()
    })
  }

  /** Until every check asked so far is answered or its query stalled (shutdown, tests). */
  async drain() {
    while (this.#waiting.length > 0 || this.#inFlight) {
      await (this.#inFlight ?? new Promise((resolve) => setTimeout(resolve, this.spacingMs)))
    }
  }

  /** The users whose token (of these) is live, by `userId:tokenId`. */
  protected async usersWithLiveTokens(
    identities: SocketIdentity[],
    client?: TransactionClientContract
  ) {
    const users = await User.query({ client })
      .select('users.*', 'auth_access_tokens.id as live_token_id')
      .join('auth_access_tokens', 'auth_access_tokens.tokenable_id', 'users.id')
      .whereIn('auth_access_tokens.id', [...new Set(identities.map((i) => i.tokenId))])
      .where((live) =>
        live
          .whereNull('auth_access_tokens.expires_at')
          .orWhere('auth_access_tokens.expires_at', '>', new Date())
      )
    return new Map(
      users.map((user) => [
        keyOf({ userId: user.id, tokenId: Number(user.$extras.live_token_id) }),
        user,
      ])
    )
  }
}
