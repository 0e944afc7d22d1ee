import logger from '@adonisjs/core/services/logger'
import type SmsSender from '#sms/sms_sender'
import type { SmsResult } from '#sms/sms_sender'

/**
 * Development transport: nothing leaves the machine. The SmsService keeps
 * each message in sms_messages, readable at GET /api/v1/dev/outbox.
 */
export default class LogSmsSender implements SmsSender {
  readonly name = 'log'

  async send(to: string[], _body: string): Promise<SmsResult[]> {
    // The body may hold a sign-in code: it goes to the outbox, never to the logs.
    logger.info({ to }, 'sms kept in the dev outbox')
    return to.map((phone) => ({ to: phone, status: 'logged', accepted: true }))
  }
}
