import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import User from '#accounts/models/user'
import QueueService from '#core/services/queue_service'
import DeliverNotificationJob from '#notifications/jobs/deliver_notification_job'
import Notification from '#notifications/models/notification'
import { groupWindowOf, isCritical } from '#notifications/notification_kinds'
import type { NotificationIntent } from '#notifications/services/recipient_service'
import NotificationReaders from '#notifications/services/notification_readers'
import NotificationTransformer from '#notifications/transformers/notification_transformer'

/** Thrown inside the transaction when another worker stored the same event first. */
class AlreadyNotified extends Error {}

/**
 * Stores notifications and tells their owners: one per event and person
 * (the `notification_events` key decides, whatever retries or API nodes do),
 * bursts counted in one open notice, each new one live over the socket
 * and handed to the delivery job for push and SMS.
 */
@inject()
export default class NotificationService {
  constructor(
    private queue: QueueService,
    private readers: NotificationReaders
  ) {}

  /** Returns the notices that changed (new, or a burst that grew); duplicates change nothing. */
  async notify(intents: NotificationIntent[]) {
    const changed: Notification[] = []
    for (const intent of intents) {
      const result = await this.#store(intent)
      if (!result) continue
      changed.push(result.notification)
      await this.#announce(result.notification)
      if (result.created) await this.#scheduleDelivery(result.notification)
    }
    return changed
  }

  async #store(intent: NotificationIntent) {
    try {
      return await db.transaction(async (trx) => {
        const known = await trx
          .from('notification_events')
          .where({ user_id: intent.userId, event_key: intent.eventKey })
          .first()
        if (known) return null
        const window = intent.groupKey ? groupWindowOf(intent.kind) : 0
        const open = window
          ? await Notification.query({ client: trx })
              .where('user_id', intent.userId)
              .where('group_key', intent.groupKey!)
              .where('group_closes_at', '>', DateTime.now().toJSDate())
              .forUpdate()
              .first()
          : null
        let notification: Notification
        if (open) {
          open.merge({ count: open.count + 1, params: intent.params, readAt: null })
          notification = await open.useTransaction(trx).save()
        } else {
          notification = await Notification.create(
            {
              userId: intent.userId,
              kind: intent.kind,
              critical: isCritical(intent.kind),
              orderId: intent.orderId ?? null,
              groupKey: window ? intent.groupKey! : null,
              groupClosesAt: window ? DateTime.now().plus({ seconds: window }) : null,
              params: intent.params,
              count: 1,
              readAt: null,
            },
            { client: trx }
          )
        }
        const inserted = await trx
          .table('notification_events')
          .insert({
            user_id: intent.userId,
            event_key: intent.eventKey,
            notification_id: notification.id,
            created_at: new Date(),
          })
          .onConflict(['user_id', 'event_key'])
          .ignore()
          .returning('user_id')
        if (inserted.length === 0) throw new AlreadyNotified()
        return { notification, created: !open }
      })
    } catch (error) {
      if (error instanceof AlreadyNotified) return null
      throw error
    }
  }

  /** Live to every socket of the owner (room user:<id>), in their language. */
  async #announce(notification: Notification) {
    const user = await User.find(notification.userId)
    if (!user) return
    await emitter.emit('user:notification', {
      userId: user.id,
      notification: NotificationTransformer.toJSON(notification, await this.readers.of(user)),
    })
  }

  /** Push and SMS go out when a burst's window closes, else at once. */
  async #scheduleDelivery(notification: Notification) {
    await this.queue.send(
      DeliverNotificationJob,
      { notificationId: notification.id, attempt: 1 },
      notification.groupClosesAt ? { startAfter: notification.groupClosesAt.toJSDate() } : {}
    )
  }

  /** A user's notifications, newest first, with how many are unread. */
  async list(user: User, page: number, perPage: number, unreadOnly = false) {
    const result = await Notification.query()
      .where('user_id', user.id)
      .if(unreadOnly, (query) => query.whereNull('read_at'))
      .orderBy('id', 'desc')
      .paginate(page, perPage)
    return { page: result, unread: await this.unreadCount(user) }
  }

  async unreadCount(user: User) {
    const row = await db
      .from('notifications')
      .where('user_id', user.id)
      .whereNull('read_at')
      .count('* as total')
      .first()
    return Number(row?.total ?? 0)
  }

  /** Marks the user's own notices read (others' ids are ignored); returns the unread count. */
  async markRead(user: User, ids: number[] | 'all') {
    const query = db.from('notifications').where('user_id', user.id).whereNull('read_at')
    if (ids !== 'all') query.whereIn('id', ids)
    await query.update({ read_at: new Date(), updated_at: new Date() })
    return this.unreadCount(user)
  }
}
