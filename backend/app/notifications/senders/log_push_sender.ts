import logger from '@adonisjs/core/services/logger'
import type PushSender from '#notifications/push_sender'
import type { PushMessage, PushResult } from '#notifications/push_sender'

/** What the log transport would have pushed, newest first, for the dev outbox. */
export interface LoggedPush extends PushMessage {
  token: string
  at: string
}

const KEEP = 200

/**
 * Development transport (PUSH_TRANSPORT=log, or no Firebase credentials):
 * nothing leaves the machine; each push is kept in memory and shown at
 * GET /api/v1/dev/outbox/push.
 */
export default class LogPushSender implements PushSender {
  readonly name = 'log'
  readonly sent: LoggedPush[] = []

  async send(token: string, message: PushMessage): Promise<PushResult> {
    this.sent.unshift({ ...message, token, at: new Date().toISOString() })
    this.sent.length = Math.min(this.sent.length, KEEP)
    logger.info({ link: message.link }, 'push kept in the dev outbox')
    return { status: 'sent', messageId: `log-${Date.now()}` }
  }
}
