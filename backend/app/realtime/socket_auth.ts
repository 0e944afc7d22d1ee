import type { Socket } from 'socket.io'
import { Secret } from '@adonisjs/core/helpers'
import User from '#accounts/models/user'
import DomainException from '#core/exceptions/domain_exception'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/** What a socket remembers of its user: who, and with which token. Never their role or organisation. */
export interface SocketIdentity {
  userId: number
  tokenId: number
}

/** setTimeout's longest delay (~24.8 days); a longer-lived token is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Handshake middleware: `auth: { token }` must be a live access token
 * (the same ones the REST API takes). Expired or revoked -> refused with
 * `connect_error` "E_UNAUTHORIZED". The socket keeps only the user's id and
 * the token's id: every event reads the user as they are now
 * (`currentUser`), and the socket is dropped when its token expires.
 */
export async function authenticateSocket(socket: Socket, next: (error?: Error) => void) {
  try {
    const raw = (socket.handshake.auth as { token?: unknown } | undefined)?.token
    const token =
      typeof raw === 'string' && raw.length > 0 && raw.length < 512
        ? await User.accessTokens.verify(new Secret(raw.replace(/^Bearer /i, '')))
        : null
    const user = token ? await User.find(token.tokenableId) : null
    if (!token || !user) return next(unauthorized())
    const identity: SocketIdentity = { userId: user.id, tokenId: Number(token.identifier) }
    socket.data = identity
    if (token.expiresAt) disconnectAt(socket, token.expiresAt.getTime())
    next()
  } catch {
    next(unauthorized())
  }
}

function disconnectAt(socket: Socket, at: number) {
  const timer = setTimeout(
    async () => {
      if (at > Date.now()) return disconnectAt(socket, at)
      socket.disconnect(true)
    },
    Math.min(Math.max(at - Date.now(), 0), MAX_TIMER_MS)
  )
  timer.unref()
  socket.once('disconnect', () => clearTimeout(timer))
}

/** Checks asked for in this turn of the event loop: answered together in the next (one query). */
let waiting: {
  identity: SocketIdentity
  resolve: (user: User | null) => void
  reject: (error: unknown) => void
}[] = []
/** A larger turn is split: the list of token ids stays a reasonable query. */
const MOST_PER_QUERY = 500

/**
 * The socket's user as the database has them now, or null when the token
 * the socket connected with was revoked or has expired. Every event of
 * every socket asks (the hot path: a driver's each batch), so the checks
 * asked for in the same turn of the event loop share one query; each is
 * still answered from the database after it was asked. Inside a
 * transaction (`client`) the check runs alone, on that transaction.
 */
export async function userWithLiveToken(
  identity: SocketIdentity,
  client?: TransactionClientContract
): Promise<User | null> {
  if (client) {
    const found = await usersWithLiveTokens([identity], client)
    return found.get(keyOf(identity)) ?? null
  }
  return new Promise((resolve, reject) => {
    waiting.push({ identity, resolve, reject })
    if (waiting.length === 1) setImmediate(checkWaiting)
  })
}

function checkWaiting() {
  const batch = waiting.splice(0, MOST_PER_QUERY)
  if (waiting.length > 0) setImmediate(checkWaiting)
  usersWithLiveTokens(batch.map((check) => check.identity)).then(
    (found) => batch.forEach((check) => check.resolve(found.get(keyOf(check.identity)) ?? null)),
    (error: unknown) => batch.forEach((check) => check.reject(error))
  )
}

const keyOf = ({ userId, tokenId }: SocketIdentity) => `${userId}:${tokenId}`

/** The users whose token (of these) is live, by `userId:tokenId`. */
async function usersWithLiveTokens(
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

/**
 * For socket handlers: the user now. A revoked or expired token drops the
 * connection and refuses the event with E_UNAUTHORIZED.
 */
export async function currentUser(socket: Socket): Promise<User> {
  const user = await userWithLiveToken(socket.data as SocketIdentity)
  if (!user) {
    setImmediate(() => socket.disconnect(true))
    throw new DomainException('Your session has ended; sign in again', {
      status: 401,
      code: 'E_UNAUTHORIZED',
    })
  }
  return user
}

function unauthorized() {
  const error = new Error('E_UNAUTHORIZED') as Error & { data?: unknown }
  error.data = { code: 'E_UNAUTHORIZED', message: 'A valid access token is required' }
  return error
}
