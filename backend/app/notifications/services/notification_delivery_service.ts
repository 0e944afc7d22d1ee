import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { Counter } from 'prom-client'
import User from '#accounts/models/user'
import { metricsRegistry } from '#core/metrics'
import SmsService from '#sms/services/sms_service'
import notificationsConfig from '#config/notifications'
import Notification from '#notifications/models/notification'
import NotificationDelivery from '#notifications/models/notification_delivery'
import PushDevice from '#notifications/models/push_device'
import type { OutsideChannel } from '#notifications/notification_kinds'
import PushSender, { type PushResult } from '#notifications/push_sender'
import NotificationReaders from '#notifications/services/notification_readers'
import PreferenceService from '#notifications/services/preference_service'
import NotificationTransformer from '#notifications/transformers/notification_transformer'

const deliveries = new Counter({
  name: 'notification_deliveries_total',
  help: 'Pushes and texts of notifications, by channel and outcome',
  labelNames: ['channel', 'status'] as const,
  registers: [metricsRegistry],
})

/** What the job does next: nothing, or run again at `at` (quiet hours, Retry-After, backoff). */
export type DeliveryOutcome = { done: true } | { done: false; at: DateTime; reason: string }

type Config = typeof notificationsConfig

/**
 * Sends one notification outside the app: push to each device the user
 * registered, SMS when the user wants it or when a critical notice reached
 * no device. Each (notice, channel, device or phone) is a row that is
 * claimed before sending and marked after, so a retried job or a second
 * worker never sends it twice; tokens FCM declares dead are deleted;
 * 429/503 wait as long as Retry-After says; per-user and platform-wide
 * bounds stop a runaway loop.
 */
@inject()
export default class NotificationDeliveryService {
  /** As configured; a test that varies the bounds sets its own. */
  config: Config = notificationsConfig

  constructor(
    private push: PushSender,
    private sms: SmsService,
    private preferences: PreferenceService,
    private readers: NotificationReaders
  ) {}

  async deliver(
    notificationId: number,
    attempt: number,
    now = DateTime.now()
  ): Promise<DeliveryOutcome> {
    const notification = await Notification.find(notificationId)
    if (!notification) return { done: true }
    const user = await User.find(notification.userId)
    if (!user) return { done: true }
    if (notification.groupClosesAt && notification.groupClosesAt > now) {
      return { done: false, at: notification.groupClosesAt, reason: 'burst still open' }
    }
    const route = await this.preferences.route(user, notification.kind, now)
    if (route.quietUntil && (route.push || route.sms)) {
      return { done: false, at: route.quietUntil, reason: 'quiet hours' }
    }
    const message = NotificationTransformer.toJSON(notification, await this.readers.of(user))

    let pushReached = false
    let retryAfter: number | null = null
    if (route.push) {
      const devices = await PushDevice.query().where('user_id', user.id).orderBy('id')
      for (const device of devices) {
        const result = await this.#pushTo(notification, device, message)
        if (result === 'sent') pushReached = true
        else if (typeof result === 'number') retryAfter = Math.max(retryAfter ?? 0, result)
      }
    }

    const lastTry = attempt >= this.config.maxAttempts
    // Critical: SMS as soon as push reached no device, without waiting for push retries.
    const smsNow = route.sms || (notification.critical && !pushReached)
    if (smsNow) {
      const result = await this.#smsTo(notification, user, message.body)
      if (typeof result === 'number') retryAfter = Math.max(retryAfter ?? 0, result)
    }

    if (retryAfter !== null && !lastTry) {
      const backoff = Math.min(
        this.config.retryBaseSeconds * 2 ** (attempt - 1),
        this.config.retryMaxSeconds
      )
      return {
        done: false,
        at: now.plus({ seconds: retryAfter || backoff }),
        reason: 'provider asked to wait',
      }
    }
    if (retryAfter !== null) await this.#giveUp(notification)
    return { done: true }
  }

  /** 'sent' | 'skip' | seconds to wait before trying again. */
  async #pushTo(
    notification: Notification,
    device: PushDevice,
    message: ReturnType<typeof NotificationTransformer.toJSON>
  ) {
    const delivery = await this.#claim(notification, 'push', String(device.id))
    if (!delivery) return 'skip' as const
    if (await this.#overBound(notification, 'push')) {
      await this.#finish(delivery, { status: 'suppressed', error: 'per-user push bound reached' })
      return 'skip' as const
    }
    let result: PushResult
    try {
      result = await this.push.send(device.token, {
        title: message.title,
        body: message.body ?? '',
        link: message.link,
        data: {
          notificationId: String(notification.id),
          kind: notification.kind,
          ...(notification.orderId ? { orderId: String(notification.orderId) } : {}),
        },
      })
    } catch (error) {
      result = { status: 'retry', error: (error as Error).message }
    }
    switch (result.status) {
      case 'sent':
        await this.#finish(delivery, {
          status: 'sent',
          providerMessageId: result.messageId,
          count: notification.count,
        })
        return 'sent' as const
      case 'invalid_token':
        await this.#finish(delivery, { status: 'pruned', error: result.error })
        await PushDevice.query().where('id', device.id).delete()
        logger.info(
          { deviceId: device.id, userId: device.userId },
          'push token pruned: %s',
          result.error
        )
        return 'skip' as const
      case 'failed':
        await this.#finish(delivery, { status: 'failed', error: result.error })
        return 'skip' as const
      case 'retry':
        await this.#release(delivery, result.error)
        return result.retryAfterSeconds ?? 0
    }
  }

  async #smsTo(notification: Notification, user: User, body: string) {
    const delivery = await this.#claim(notification, 'sms', user.phone)
    if (!delivery) return 'skip' as const
    if (await this.#overBound(notification, 'sms')) {
      await this.#finish(delivery, { status: 'suppressed', error: 'per-user SMS bound reached' })
      return 'skip' as const
    }
    if (await this.#platformSmsBoundReached()) {
      // Not lost: tried again when the minute has passed.
      await this.#release(delivery, 'platform SMS bound reached')
      return 60
    }
    const sent = await this.sms.send(user.phone, body, { fit: true })
    if (sent.status === 'failed') {
      await this.#finish(delivery, { status: 'failed', error: sent.error, smsMessageId: sent.id })
    } else {
      await this.#finish(delivery, {
        status: 'sent',
        smsMessageId: sent.id,
        providerMessageId: sent.providerMessageId,
        count: notification.count,
      })
    }
    return sent.status === 'failed' ? ('skip' as const) : ('sent' as const)
  }

  /**
   * Takes the delivery row for this worker: new, released for a retry, or
   * left 'sending' by a worker that died. Null when it was sent or settled.
   */
  async #claim(notification: Notification, channel: OutsideChannel, target: string) {
    await db
      .table('notification_deliveries')
      .insert({
        notification_id: notification.id,
        user_id: notification.userId,
        channel,
        target,
        status: 'pending',
        created_at: new Date(),
        updated_at: new Date(),
      })
      .onConflict(['notification_id', 'channel', 'target'])
      .ignore()
    const stale = DateTime.now().minus({ seconds: this.config.claimSeconds }).toJSDate()
    const [row] = await db
      .from('notification_deliveries')
      .where({ notification_id: notification.id, channel, target })
      .where((query) =>
        query
          .where('status', 'pending')
          .orWhere((q) => q.where('status', 'sending').where('updated_at', '<', stale))
      )
      .update({ status: 'sending', attempts: db.raw('attempts + 1'), updated_at: new Date() })
      .returning('id')
    if (!row) return null
    return NotificationDelivery.findOrFail(row.id ?? row)
  }

  async #finish(
    delivery: NotificationDelivery,
    changes: Partial<
      Pick<
        NotificationDelivery,
        'status' | 'error' | 'providerMessageId' | 'smsMessageId' | 'count'
      >
    >
  ) {
    const sent = changes.status === 'sent'
    delivery.merge({ ...changes, sentAt: sent ? DateTime.now() : null })
    if (changes.error) delivery.error = changes.error.slice(0, 255)
    await delivery.save()
    deliveries.inc({ channel: delivery.channel, status: delivery.status })
  }

  async #release(delivery: NotificationDelivery, error: string) {
    delivery.merge({ status: 'pending', error: error.slice(0, 255) })
    await delivery.save()
    deliveries.inc({ channel: delivery.channel, status: 'retry' })
  }

  async #giveUp(notification: Notification) {
    await db
      .from('notification_deliveries')
      .where('notification_id', notification.id)
      .where('status', 'pending')
      .update({ status: 'failed', updated_at: new Date() })
  }

  async #overBound(notification: Notification, channel: OutsideChannel) {
    const perHour =
      channel === 'push' ? this.config.limits.pushPerUserHour : this.config.limits.smsPerUserHour
    const bound = notification.critical ? perHour * this.config.limits.criticalFactor : perHour
    const row = await db
      .from('notification_deliveries')
      .where({ user_id: notification.userId, channel, status: 'sent' })
      .where('sent_at', '>', DateTime.now().minus({ hours: 1 }).toJSDate())
      .count('* as total')
      .first()
    return Number(row?.total ?? 0) >= bound
  }

  async #platformSmsBoundReached() {
    const row = await db
      .from('notification_deliveries')
      .where({ channel: 'sms', status: 'sent' })
      .where('sent_at', '>', DateTime.now().minus({ minutes: 1 }).toJSDate())
      .count('* as total')
      .first()
    return Number(row?.total ?? 0) >= this.config.limits.smsPerMinute
  }
}
