import { inject } from '@adonisjs/core'
import QueueService from '#core/services/queue_service'
import NotificationDeliveryService from '#notifications/services/notification_delivery_service'

export interface DeliverNotificationData {
  notificationId: number
  /** Sending attempts so far, counting this one (bounded by NOTIFY_MAX_ATTEMPTS). */
  attempt: number
}

/**
 * Push and SMS of one notification. When it must wait (a burst still open,
 * quiet hours, a provider's Retry-After) it enqueues itself for that moment
 * and ends: nothing holds a worker while it waits.
 */
@inject()
export default class DeliverNotificationJob {
  static queue = 'notifications.deliver'

  constructor(
    private delivery: NotificationDeliveryService,
    private queue: QueueService
  ) {}

  async handle(data: DeliverNotificationData) {
    const outcome = await this.delivery.deliver(data.notificationId, data.attempt)
    if (outcome.done) return { done: true }
    const attempt = outcome.reason === 'provider asked to wait' ? data.attempt + 1 : data.attempt
    await this.queue.send(
      DeliverNotificationJob,
      { notificationId: data.notificationId, attempt },
      { startAfter: outcome.at.toJSDate() }
    )
    return { done: false, next: outcome.at.toISO(), reason: outcome.reason }
  }
}
