import logger from '@adonisjs/core/services/logger'
import { errors as vineErrors } from '@vinejs/vine'
import type { errorSchema, z } from '#core/contract/response_schema'

/** A socket refusal reads like one entry of REST's `{ errors: [...] }` (the `Error` schema). */
export type SocketError = Pick<z.infer<typeof errorSchema>, 'code' | 'message' | 'field'>

export type Ack = (
  reply: { ok: true; [key: string]: unknown } | { ok: false; error: SocketError }
) => void

/**
 * The socket twin of the HTTP exception handler: a refused request becomes
 * `{ ok: false, error: { code, message, field? } }` in the ack, anything
 * unexpected is logged and answered with E_INTERNAL. The connection stays.
 */
export function toSocketError(error: unknown): SocketError {
  if (error instanceof vineErrors.E_VALIDATION_ERROR) {
    const [first] = error.messages as { field: string; message: string }[]
    return {
      code: 'E_VALIDATION',
      message: first?.message ?? 'Invalid payload',
      field: first?.field,
    }
  }
  const e = error as { status?: number; code?: string; message?: string; field?: string }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const reply: SocketError = {
      code: e.code ?? `E_HTTP_${e.status}`,
      message: e.message ?? 'Refused',
    }
    if (e.field) reply.field = e.field
    return reply
  }
  if (e?.status === 503) {
    return { code: e.code ?? 'E_UNAVAILABLE', message: e.message ?? 'Try again' }
  }
  logger.error({ err: error }, 'socket handler failed')
  return { code: 'E_INTERNAL', message: 'Something went wrong on our side; it was logged.' }
}

/** Wraps a handler so it always answers its ack (when the client asked for one) and never throws. */
export function handle<T>(work: (payload: T) => Promise<Record<string, unknown>>) {
  return (payload: T, ack?: unknown) => {
    const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => {}
    work(payload).then(
      (result) => reply({ ok: true, ...result }),
      (error) => reply({ ok: false, error: toSocketError(error) })
    )
  }
}
