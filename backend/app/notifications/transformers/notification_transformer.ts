import type User from '#accounts/models/user'
import type Notification from '#notifications/models/notification'
import { renderNotification } from '#notifications/notification_texts'

/**
 * A notification on the wire (REST and the socket's `notification` event),
 * its texts in the reader's language:
 * { id, kind, title, body, orderId, count, critical, read, link, createdAt }.
 */
export default class NotificationTransformer {
  static toJSON(notification: Notification, reader: Pick<User, 'locale' | 'role'>) {
    const params = { ...notification.params, count: notification.count }
    const { title, body } = renderNotification(notification.kind, params, reader.locale)
    return {
      id: notification.id,
      kind: notification.kind,
      title,
      body,
      orderId: notification.orderId,
      count: notification.count,
      critical: notification.critical,
      read: notification.readAt !== null,
      link: linkFor(notification, reader),
      createdAt: notification.createdAt.toISO(),
    }
  }
}

/** The web app's page for what the notice is about, as this reader sees it. */
export function linkFor(notification: Notification, reader: Pick<User, 'role'>) {
  if (notification.orderId) {
    if (reader.role === 'driver') return `/driver/jobs/${notification.orderId}`
    if (reader.role === 'dispatcher') return '/dispatch'
    return `/orders/${notification.orderId}`
  }
  if (notification.kind.startsWith('paper_')) return '/fleet'
  if (notification.kind === 'organisation_invitation') return '/organisation'
  return '/notifications'
}
