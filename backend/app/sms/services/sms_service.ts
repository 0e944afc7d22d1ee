import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import SmsMessage from '#sms/models/sms_message'
import SmsSender from '#sms/sms_sender'
import { countSegments, fitSms } from '#sms/sms_segments'

/**
 * Sends texts through the configured transport and records each one in
 * sms_messages (the dev outbox reads them back with the log transport).
 */
@inject()
export default class SmsService {
  constructor(private sender: SmsSender) {}

  /**
   * `secret` (a sign-in code) is blanked in the stored copy unless the log
   * transport needs it for the dev outbox, and the body is never logged.
   */
  async send(
    to: string,
    body: string,
    options: { secret?: string; fit?: boolean } = {}
  ): Promise<SmsMessage> {
    // `fit`: respelled in GSM-7 when that saves segments (sms_segments.ts).
    if (options.fit) body = fitSms(body).text
    const { encoding, segments } = countSegments(body)
    let result
    try {
      ;[result] = await this.sender.send([to], body)
    } catch (error) {
      result = { to, status: 'failed', accepted: false, error: (error as Error).message }
    }
    result ??= { to, status: 'failed', accepted: false, error: 'No result from the transport' }

    const storedBody =
      options.secret && this.sender.name !== 'log'
        ? body.replaceAll(options.secret, '*'.repeat(options.secret.length))
        : body

    const message = await SmsMessage.create({
      to,
      body: storedBody,
      transport: this.sender.name,
      status: result.accepted ? (this.sender.name === 'log' ? 'logged' : 'sent') : 'failed',
      providerMessageId: result.providerMessageId ?? null,
      error: result.accepted ? null : (result.error ?? result.status).slice(0, 255),
      encoding,
      segments,
    })

    // The logger masks phone numbers on every line (config/logger.ts).
    const context = { smsId: message.id, to, transport: this.sender.name }
    if (result.accepted) logger.info(context, 'sms sent')
    else logger.warn({ ...context, error: message.error }, 'sms failed')
    return message
  }

  /** The newest recorded messages, optionally to one phone (the dev outbox). */
  async recent(to?: string, limit = 50): Promise<SmsMessage[]> {
    return SmsMessage.query()
      .if(to, (query) => query.where('to', to!))
      .orderBy('id', 'desc')
      .limit(limit)
  }
}
