import type { Socket } from 'socket.io'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#accounts/models/user'
import DomainException from '#core/exceptions/domain_exception'
import type { SocketIdentity } from '#realtime/socket_auth'
import env from '#start/env'
import SharedTurns from '#core/services/shared_turns'

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
 * driver's each batch), so checks share queries in turns (`SharedTurns`:
 * queries at least REALTIME_TOKEN_CHECK_SPACING_MS apart, default 20; one in
 * flight holds the next for at most `stalledAfterMs`). Each is still answered
 * by a query sent after it was asked. One per process (it holds the checks
 * waiting for their query): a container singleton (providers/realtime_provider.ts).
 */
export default class TokenChecks {
  #turns: SharedTurns<Check>

  constructor(
    spacingMs = env.get('REALTIME_TOKEN_CHECK_SPACING_MS') ?? 20,
    private stalledAfterMs = STALLED_AFTER_MS
  ) {
    this.#turns = new SharedTurns((checks) => this.#check(checks), {
      spacingMs,
      waitBehindMs: stalledAfterMs,
    })
  }

  /** Inside a transaction (`client`) the check runs alone, on that transaction. */
  async liveUser(identity: SocketIdentity, client?: TransactionClientContract) {
    if (client) {
      const found = await this.usersWithLiveTokens([identity], client)
      return found.get(keyOf(identity)) ?? null
    }
    return new Promise<User | null>((resolve, reject) => {
      this.#turns.add({ identity, resolve, reject })
    })
  }

  /** Until every check asked so far is answered, or its query counts as stalled (tests). */
  drain() {
    return this.#turns.drain(this.stalledAfterMs)
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

  /** One turn's checks, in queries of at most MOST_PER_QUERY tokens. */
  async #check(checks: Check[]) {
    const queries: Promise<void>[] = []
    for (let from = 0; from < checks.length; from += MOST_PER_QUERY) {
      const batch = checks.slice(from, from + MOST_PER_QUERY)
      queries.push(
        this.usersWithLiveTokens(batch.map((check) => check.identity)).then(
          (found) =>
            batch.forEach((check) => check.resolve(found.get(keyOf(check.identity)) ?? null)),
          (error: unknown) => batch.forEach((check) => check.reject(error))
        )
      )
    }
    await Promise.all(queries)
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
