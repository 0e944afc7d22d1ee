import { inject } from '@adonisjs/core'
import { timingSafeEqual } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'
import ussdConfig from '#config/ussd'
import UssdService from '#ussd/services/ussd_service'
import { ussdRequestValidator } from '#ussd/validators/ussd'

/**
 * POST /api/v1/ussd: Africa's Talking's form post, answered in text/plain
 * with `CON ` (wait for an answer) or `END ` (close). A request that is not
 * the provider's (key, source address) or not well formed gets a 4xx with an
 * `END` body, which ends the session.
 */
@inject()
export default class UssdController {
  constructor(private ussd: UssdService) {}

  async handle({ request, response }: HttpContext) {
    response.header('Content-Type', 'text/plain; charset=utf-8')
    if (!this.#fromProvider(request.ip(), request.header('authorization'))) {
      return response.status(403).send('END Not allowed.')
    }
    let input
    try {
      input = await request.validateUsing(ussdRequestValidator)
    } catch (error) {
      if (error instanceof vineErrors.E_VALIDATION_ERROR) {
        const field = (error.messages as { field: string }[])[0]?.field ?? 'request'
        return response.status(400).send(`END Bad request: ${field} is missing or malformed.`)
      }
      throw error
    }
    const result = await this.ussd.step(input)
    if ('badField' in result) {
      return response
        .status(400)
        .send(`END Bad request: ${result.badField} is missing or malformed.`)
    }
    return response.send(result.reply)
  }

  #fromProvider(ip: string, authorization: string | undefined) {
    if (ussdConfig.allowedIps.length && !ussdConfig.allowedIps.includes(ip)) return false
    if (!ussdConfig.apiKey) return true
    const given = Buffer.from(authorization ?? '')
    const expected = Buffer.from(`Bearer ${ussdConfig.apiKey}`)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }
}
