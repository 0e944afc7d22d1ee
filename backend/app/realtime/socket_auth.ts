import type { Socket } from 'socket.io'
import { Secret } from '@adonisjs/core/helpers'
import User from '#accounts/models/user'
import app from '@adonisjs/core/services/app'
import TokenChecks from '#realtime/services/token_checks'

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

/**
 * For socket handlers: the user now (`TokenChecks`, a container singleton).
 * A revoked or expired token drops the connection and refuses the event
 * with E_UNAUTHORIZED.
 */
export async function currentUser(socket: Socket): Promise<User> {
  const checks = await app.container.make(TokenChecks)
  return checks.currentUser(socket)
}

function unauthorized() {
  const error = new Error('E_UNAUTHORIZED') as Error & { data?: unknown }
  error.data = { code: 'E_UNAUTHORIZED', message: 'A valid access token is required' }
  return error
}
