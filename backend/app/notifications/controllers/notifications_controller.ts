import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import NotificationService from '#notifications/services/notification_service'
import NotificationTransformer from '#notifications/transformers/notification_transformer'
import {
  listNotificationsValidator,
  markReadValidator,
} from '#notifications/validators/notification'

/** The signed-in user's own notifications; nobody else's are ever listed or touched. */
@inject()
export default class NotificationsController {
  constructor(private notifications: NotificationService) {}

  /** GET /api/v1/notifications?page=&perPage=&unread= */
  async index({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail()
    const query = await listNotificationsValidator.validate(request.qs())
    const { page, unread } = await this.notifications.list(
      user,
      query.page ?? 1,
      query.perPage ?? 20,
      query.unread ?? false
    )
    return {
      data: page.all().map((n) => NotificationTransformer.toJSON(n, user)),
      meta: {
        total: page.total,
        perPage: page.perPage,
        currentPage: page.currentPage,
        lastPage: page.lastPage,
        unread,
      },
    }
  }

  /** GET /api/v1/notifications/unread-count */
  async unreadCount({ auth }: HttpContext) {
    return { unread: await this.notifications.unreadCount(auth.getUserOrFail()) }
  }

  /** POST /api/v1/notifications/read { ids } | { all: true } */
  async markRead({ auth, request }: HttpContext) {
    const input = await request.validateUsing(markReadValidator)
    const unread = await this.notifications.markRead(auth.getUserOrFail(), input.ids ?? 'all')
    return { unread }
  }
}
