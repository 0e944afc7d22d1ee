import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import smsConfig from '#config/sms'
import DomainException from '#core/exceptions/domain_exception'
import { requireWebhookToken } from '#sms/webhook_token'
import SmsMessage from '#sms/models/sms_message'
import type { Infer } from '@vinejs/vine/types'
import type { deliveryReportValidator } from '#sms/validators/delivery_report'

export type DeliveryReport = Infer<typeof deliveryReportValidator>

const FINAL = new Set(['Success', 'Failed', 'Rejected'])

/**
 * Delivery reports: each is matched to a message we sent (by the provider's
 * message id) and stored on it. A final status (Success, Failed, Rejected)
 * is never replaced by a late intermediate one (Sent, Buffered).
 */
export default class SmsDeliveryReportService {
  constructor(private token: string | null = smsConfig.deliveryReportToken) {}

  authenticate(given: string | undefined) {
    requireWebhookToken(this.token, given, 'A valid delivery report token is required.')
  }

  async apply(report: DeliveryReport) {
    return db.transaction(async (trx) => {
      const message = await SmsMessage.query({ client: trx })
        .where('provider_message_id', report.id)
        .forUpdate()
        .first()
      if (!message) throw DomainException.notFound('Message')
      if (
        message.deliveryStatus &&
        FINAL.has(message.deliveryStatus) &&
        !FINAL.has(report.status)
      ) {
        return message
      }
      message.merge({
        deliveryStatus: report.status,
        deliveryFailureReason: report.failureReason ?? null,
        networkCode: report.networkCode ?? message.networkCode,
        deliveryReportedAt: DateTime.now(),
      })
      return message.useTransaction(trx).save()
    })
  }
}
