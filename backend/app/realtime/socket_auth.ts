import type { Socket } from 'socket.io'
import { Secret } from '@adonisjs/core/helpers'
import User from '#accounts/models/user'

/**
 * Handshake middleware: `auth: { token }` must be a live access token
 * (the same ones the REST API takes). Expired or revoked -> refused with
 * `connect_error` "E_UNAUTHORIZED".
 */
export async function authenticateSocket(socket: Socket, next: (error?: Error) => void) {
  try {
    const raw = (socket.handshake.auth as { token?: unknown } | undefined)?.token
    const token =
      typeof raw === 'string' && raw.length > 0 && raw.length < 512
        ? await User.accessTokens.verify(new Secret(raw.replace(/^Bearer /i, '')))
        : null
    const user = token ? await User.find(token.tokenableId) : null
    if (!user) return next(unauthorized())
    socket.data.userId = user.id
    socket.data.user = user
    next()
  } catch {
    next(unauthorized())
  }
}

function unauthorized() {
  const error = new Error('E_UNAUTHORIZED') as Error & { data?: unknown }
  error.data = { code: 'E_UNAUTHORIZED', message: 'A valid access token is required' }
  return error
}
