import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import smsConfig from '#config/sms'
import { normalisePhone } from '#core/phone'
import InvitationService from '#accounts/services/invitation_service'
import { inboundSmsValidator } from '#accounts/validators/organisation'
import { deliveryReportQueryValidator } from '#sms/validators/delivery_report'
import { requireWebhookToken } from '#sms/webhook_token'

/**
 * POST /api/v1/webhooks/africastalking/sms-inbound: a text sent to our
 * short code. Today the only texts we expect are answers to invitations
 * (`YES <code>` / `NO <code>`), so a driver on a feature phone joins or
 * declines by replying; they get a text back either way. Anything else is
 * acknowledged and ignored (the provider retries what is not 200).
 */
@inject()
export default class SmsInboundController {
  constructor(private invitations: InvitationService) {}

  async store({ request }: HttpContext) {
    const { token } = await deliveryReportQueryValidator.validate(request.qs())
    requireWebhookToken(smsConfig.inboundToken, token, 'A valid inbound SMS token is required.')
    const { from, text } = await request.validateUsing(inboundSmsValidator)
    const phone = normalisePhone(from)
    const reply = phone ? await this.invitations.answerBySms(phone, text) : null
    return { ok: true, handled: reply !== null }
  }
}
