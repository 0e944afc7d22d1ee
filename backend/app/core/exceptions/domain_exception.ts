import { Exception } from '@adonisjs/core/exceptions'

/**
 * A rule of the domain said no. Services throw it; the exception handler
 * turns it into `{ errors: [{ code, message, field? }] }` with its status.
 */
export default class DomainException extends Exception {
  declare field?: string
  /** Sent with the answer (e.g. `Retry-After` on a 429). */
  declare headers?: Record<string, string>

  constructor(
    message: string,
    options: { status?: number; code: string; field?: string; headers?: Record<string, string> }
  ) {
    super(message, { status: options.status ?? 400, code: options.code })
    this.field = options.field
    this.headers = options.headers
  }

  /** 404 E_NOT_FOUND: "Vehicle not found." Also what a record the caller may not see answers. */
  static notFound(what: string, message = `${what} not found.`) {
    // eslint-disable-next-line no-restricted-syntax -- the one place a 404 is built
    return new DomainException(message, { status: 404, code: 'E_NOT_FOUND' })
  }
}
