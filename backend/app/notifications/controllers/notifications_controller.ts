import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { paginate, type z } from '#core/contract/response_schema'
import NotificationReaders from '#notifications/services/notification_readers'
import NotificationService from '#notifications/services/notification_service'
import NotificationTransformer from '#notifications/transformers/notification_transformer'
import type {
  notificationPageSchema,
  unreadCountSchema,
} from '#notifications/transformers/notification_schemas'
import {
  listNotificationsValidator,
  markReadValidator,
} from '#notifications/validators/notification'

/** The signed-in user's own notifications; nobody else's are ever listed or touched. */
@inject()
export default class NotificationsController {
  constructor(
    private notifications: NotificationService,
    private readers: NotificationReaders
  ) {}

  /** GET /api/v1/notifications?page=&perPage=&unread= */
  async index({ auth, request }: HttpContext): Promise<z.infer<typeof notificationPageSchema>> {
    const user = auth.getUserOrFail()
    const query = await listNotificationsValidator.validate(request.qs())
    const { page, unread } = await this.notifications.list(
      user,
      query.page ?? 1,
      query.perPage ?? 20,
      query.unread ?? false
    )
    const reader = await this.readers.of(user)
    const { data, meta } = paginate(page, (n) => NotificationTransformer.toJSON(n, reader))
    return { data, meta: { ...meta, unread } }
  }

  /** GET /api/v1/notifications/unread-count */
  async unreadCount({ auth }: HttpContext): Promise<z.infer<typeof unreadCountSchema>> {
    return { unread: await this.notifications.unreadCount(auth.getUserOrFail()) }
  }

  /** POST /api/v1/notifications/read { ids } | { all: true } */
  async markRead({ auth, request }: HttpContext): Promise<z.infer<typeof unreadCountSchema>> {
    const input = await request.validateUsing(markReadValidator)
    const unread = await this.notifications.markRead(auth.getUserOrFail(), input.ids ?? 'all')
    return { unread }
  }
}
