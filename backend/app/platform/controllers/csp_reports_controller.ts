import type { HttpContext } from '@adonisjs/core/http'

/** POST /csp-report: browsers report Content-Security-Policy violations here. */
export default class CspReportsController {
  async handle({ request, response, logger }: HttpContext) {
    logger.warn({ report: request.body() }, 'content security policy violation')
    return response.noContent()
  }
}
