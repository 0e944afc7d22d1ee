import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import DomainException from '#core/exceptions/domain_exception'
import type { z } from '#core/contract/response_schema'
import type { loggedPushSchema } from '#notifications/transformers/notification_schemas'
import PushSender from '#notifications/push_sender'
import LogPushSender from '#notifications/senders/log_push_sender'

/**
 * GET /api/v1/dev/outbox/push: what the log push transport would have
 * sent, newest first. 404 with a real transport and in production.
 */
@inject()
export default class PushOutboxController {
  constructor(private sender: PushSender) {}

  async index(): Promise<{ data: z.infer<typeof loggedPushSchema>[] }> {
    if (!(this.sender instanceof LogPushSender) || app.inProduction) {
      throw DomainException.notFound('Page')
    }
    return { data: this.sender.sent }
  }
}
