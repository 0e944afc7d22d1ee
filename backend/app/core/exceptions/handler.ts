import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import { errors as vineErrors } from '@vinejs/vine'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import ErrorReporter from '#core/error_reporting/error_reporter'
import { isUniqueViolation } from '#core/database_errors'
import DomainException from '#core/exceptions/domain_exception'

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
@inject()
export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction

  protected ignoreStatuses = [400, 401, 403, 404, 409, 410, 413, 415, 422, 429]

  constructor(private reporter: ErrorReporter) {
    super()
  }

  async handle(error: unknown, ctx: HttpContext) {
    const { status, errors, headers } = toApiErrors(methodNotAllowed(error, ctx) ?? error)
    for (const [name, value] of Object.entries(headers)) ctx.response.header(name, value)
    return ctx.response.status(status).send({ errors })
  }

  async report(error: unknown, ctx: HttpContext) {
    if (toApiErrors(error).status >= 500)
      this.reporter.report(error, { requestId: ctx.request.id() })
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
    type?: string
    message?: string
    field?: string
    headers?: Record<string, string>
    response?: { availableIn?: number }
  }
  // PostgreSQL's data exceptions (class 22: out of range, bad date, NUL...) are the client's values.
  if (typeof e.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code)) {
    return {
      status: 422,
      headers: {},
      errors: [
        {
          code: 'E_INVALID_VALUE',
          message: 'A value in the request is out of range or malformed.',
        },
      ],
    }
  }
  // Two requests wrote the same unique value at the same moment and the service had no better word for it.
  if (isUniqueViolation(error)) {
    return {
      status: 409,
      headers: {},
      errors: [
        {
          code: 'E_CONFLICT',
          message: 'Another request changed this at the same moment; reload and try again.',
        },
      ],
    }
  }
  const status = typeof e.status === 'number' && e.status >= 400 && e.status < 600 ? e.status : 500
  // A DomainException with a 5xx status is a known upstream failure (an SMS
  // or payment provider down): its code and message are meant for the client.
  if (status >= 500 && !(error instanceof DomainException)) {
    return {
      status,
      headers: {},
      errors: [{ code: 'E_INTERNAL', message: 'Something went wrong on our side; it was logged.' }],
    }
  }

  const headers: Record<string, string> = { ...e.headers }
  if (status === 429 && e.response?.availableIn)
    headers['Retry-After'] = String(e.response.availableIn)
  const code = codeFor(status, e)
  const apiError: ApiError = { code, message: friendlyMessage(code, e.message) }
  if (e.field) apiError.field = e.field
  return { status, headers, errors: [apiError] }
}

const KNOWN_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']

/**
 * The router answers 404 when the path exists with other methods; clients
 * deserve 405 and the `Allow` header then.
 */
function methodNotAllowed(error: unknown, ctx: HttpContext) {
  if ((error as { code?: string })?.code !== 'E_ROUTE_NOT_FOUND') return undefined
  const url = ctx.request.url()
  const allowed = KNOWN_METHODS.filter((method) => router.match(url, method, false))
  if (allowed.length === 0) return undefined
  return {
    status: 405,
    code: 'E_METHOD_NOT_ALLOWED',
    message: `${ctx.request.method()} is not allowed here; use ${allowed.join(', ')}.`,
    headers: { Allow: allowed.join(', ') },
  }
}

/** Stable codes for the framework's own client errors. */
function codeFor(status: number, e: { code?: string; type?: string }) {
  if (status === 400 && (e.type === 'entity.parse.failed' || e instanceof SyntaxError)) {
    return 'E_INVALID_JSON'
  }
  if (status === 404 && e.code === 'E_ROUTE_NOT_FOUND') return 'E_ROUTE_NOT_FOUND'
  if (status === 413) return 'E_PAYLOAD_TOO_LARGE'
  return e.code ?? `E_HTTP_${status}`
}

function friendlyMessage(code: string, message?: string) {
  if (code === 'E_INVALID_JSON') return 'The request body is not valid JSON.'
  if (code === 'E_PAYLOAD_TOO_LARGE') return 'The request body is too large.'
  if (code === 'E_ROUTE_NOT_FOUND') return 'No such endpoint.'
  return message || 'Request failed.'
}
