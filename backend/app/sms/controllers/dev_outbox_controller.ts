import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import smsConfig from '#config/sms'
import DomainException from '#core/exceptions/domain_exception'
import SmsService from '#sms/services/sms_service'
import { outboxQueryValidator } from '#sms/validators/dev_outbox'
import SmsMessageTransformer from '#sms/transformers/sms_message_transformer'

/**
 * GET /api/v1/dev/outbox: texts the log transport kept, newest first, so
 * demos and end-to-end tests can read sign-in codes. 404 unless
 * SMS_TRANSPORT=log and NODE_ENV is not production.
 */
@inject()
export default class DevOutboxController {
  constructor(private sms: SmsService) {}

  async index({ request }: HttpContext) {
    if (!smsConfig.outboxEnabled) {
      throw DomainException.notFound('Outbox')
    }
    const { to } = await outboxQueryValidator.validate(request.qs())
    const messages = await this.sms.recent(to)
    return { data: messages.map((message) => SmsMessageTransformer.toJSON(message)) }
  }
}
