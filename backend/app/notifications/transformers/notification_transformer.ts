import type { Capability } from '#accounts/services/user_capabilities'
import type { Locale } from '#core/locales'
import type Notification from '#notifications/models/notification'
import { renderNotification } from '#notifications/notification_texts'
import { KINDS, type NotificationKind } from '#notifications/notification_kinds'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const notificationKindSchema = z.enum(KINDS as [NotificationKind])

/** A notification on the wire (REST and the socket's `notification` event). */
export const notificationSchema = named(
  'Notification',
  z.object({
    id: id(),
    kind: notificationKindSchema,
    title: z.string().meta({ description: 'In the reader’s language' }),
    body: z.string().meta({ description: 'In the reader’s language; also the SMS text' }),
    orderId: id().nullable(),
    count: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'Events it tells of (a burst of bids is one)' }),
    critical: z.boolean(),
    read: z.boolean(),
    link: z
      .string()
      .meta({ description: 'The web app page it is about', examples: ['/orders/12'] }),
    createdAt: isoDateTime(),
  })
)

/** A notification, its texts in the reader's language. */
export default class NotificationTransformer {
  static toJSON(
    notification: Notification,
    reader: NotificationReader
  ): z.infer<typeof notificationSchema> {
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
      createdAt: toIso(notification.createdAt),
    }
  }
}

/**
 * The pages that open an order, by what the reader may do: the first they
 * have wins (a driver who also runs their carrier opens the job).
 */
const ORDER_PAGES: [Capability, (orderId: number) => string][] = [
  ['drive', (orderId) => `/driver/jobs/${orderId}`],
  ['watch_fleet', () => '/dispatch'],
  ['post_orders', (orderId) => `/orders/${orderId}`],
]
export const ORDER_PAGE_CAPABILITIES = ORDER_PAGES.map(([capability]) => capability)

/** Whom a notice is written for: their language and which order pages they may open. */
export interface NotificationReader {
  locale: Locale
  capabilities: readonly Capability[]
}

/** The web app's page for what the notice is about, as this reader sees it. */
export function linkFor(notification: Notification, reader: NotificationReader) {
  const { orderId } = notification
  if (orderId) {
    const page = ORDER_PAGES.find(([capability]) => reader.capabilities.includes(capability))
    return page ? page[1](orderId) : '/notifications'
  }
  if (notification.kind.startsWith('paper_')) return '/fleet'
  if (notification.kind === 'organisation_invitation') return '/organisation'
  return '/notifications'
}
