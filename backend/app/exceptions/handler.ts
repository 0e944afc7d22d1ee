import app from '@adonisjs/core/services/app'
import { errors as vineErrors } from '@vinejs/vine'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import { reportError } from '#services/error_reporter'

export interface ApiError {
  code: string
  message: string
  field?: string
  rule?: string
}

/**
 * Every failure leaves the API as `{ errors: [{ code, message, field? }] }`.
 * Client mistakes keep their 4xx status; anything else is a 500 whose
 * details stay in the logs (and Sentry), never in the response.
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction

  protected ignoreStatuses = [400, 401, 403, 404, 409, 410, 413, 415, 422, 429]

  async handle(error: unknown, ctx: HttpContext) {
    const { status, errors, headers } = toApiErrors(error)
    for (const [name, value] of Object.entries(headers)) ctx.response.header(name, value)
    return ctx.response.status(status).send({ errors })
  }

  async report(error: unknown, ctx: HttpContext) {
    if (toApiErrors(error).status >= 500) reportError(error, { requestId: ctx.request.id() })
    return super.report(error, ctx)
  }
}

function toApiErrors(error: unknown): {
  status: number
  errors: ApiError[]
  headers: Record<string, string>
} {
  if (error instanceof vineErrors.E_VALIDATION_ERROR) {
    const messages = error.messages as { field: string; message: string; rule: string }[]
    return {
      status: 422,
      headers: {},
      errors: messages.map((m) => ({
        code: 'E_VALIDATION',
        message: m.message,
        field: m.field,
        rule: m.rule,
      })),
    }
  }

  const e = error as {
    status?: number
    code?: string
    message?: string
    field?: string
    response?: { availableIn?: number }
  }
  const status = typeof e.status === 'number' && e.status >= 400 && e.status < 600 ? e.status : 500
  if (status >= 500) {
    return {
      status,
      headers: {},
      errors: [{ code: 'E_INTERNAL', message: 'Something went wrong on our side; it was logged.' }],
    }
  }

  const headers: Record<string, string> = {}
  if (status === 429 && e.response?.availableIn) headers['Retry-After'] = String(e.response.availableIn)
  const apiError: ApiError = {
    code: e.code ?? `E_HTTP_${status}`,
    message: friendlyMessage(status, e.message),
  }
  if (e.field) apiError.field = e.field
  return { status, headers, errors: [apiError] }
}

function friendlyMessage(status: number, message?: string) {
  if (status === 413) return 'The request body is too large.'
  if (status === 415) return 'Unsupported content type.'
  return message || 'Request failed.'
}
