import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { z } from '#core/contract/response_schema'
import type { deliveryReportAckSchema } from '#sms/transformers/sms_message_transformer'
import SmsDeliveryReportService from '#sms/services/sms_delivery_report_service'
import {
  deliveryReportQueryValidator,
  deliveryReportValidator,
} from '#sms/validators/delivery_report'

/**
 * POST /api/v1/webhooks/africastalking/sms-delivery-reports: Africa's
 * Talking reports what became of a text; the report is stored on the
 * message it names. 401 without the configured token, 404 for a message we
 * never sent, 200 otherwise (a repeated or late report changes nothing).
 */
@inject()
export default class DeliveryReportsController {
  constructor(private reports: SmsDeliveryReportService) {}

  async store({ request }: HttpContext) {
    const { token } = await deliveryReportQueryValidator.validate(request.qs())
    this.reports.authenticate(token)
    const report = await request.validateUsing(deliveryReportValidator)
    const message = await this.reports.apply(report)
    const ack: z.infer<typeof deliveryReportAckSchema> = {
      ok: true,
      smsId: message.id,
      deliveryStatus: message.deliveryStatus,
    }
    return ack
  }
}
