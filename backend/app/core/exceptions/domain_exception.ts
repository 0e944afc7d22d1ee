import { Exception } from '@adonisjs/core/exceptions'

/**
 * A rule of the domain said no. Services throw it; the exception handler
 * turns it into `{ errors: [{ code, message, field? }] }` with its status.
 */
export default class DomainException extends Exception {
  declare field?: string

  constructor(message: string, options: { status?: number; code: string; field?: string }) {
    super(message, { status: options.status ?? 400, code: options.code })
    this.field = options.field
  }
}
