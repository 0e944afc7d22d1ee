import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import FleetDocument from '#fleet/models/fleet_document'
import notificationsConfig from '#config/notifications'
import NotificationService from '#notifications/services/notification_service'
import RecipientService from '#notifications/services/recipient_service'
import queueConfig from '#config/queue'

/**
 * Daily: verified papers that expire in 30, 7 or 1 days tell their driver
 * or carrier, once per paper and threshold (a second run the same day, or
 * a missed day caught up, tells nobody twice).
 */
@inject()
export default class PaperExpiryJob {
  static queue = 'notifications.paper-expiry'
  static schedule: string | null = queueConfig.schedules.paperExpiry
  static options = { policy: 'singleton' }

  constructor(
    private recipients: RecipientService,
    private notifications: NotificationService
  ) {}

  async handle(data: { today?: string } = {}) {
    const today = data.today ? DateTime.fromISO(data.today) : DateTime.utc().startOf('day')
    let notified = 0
    for (const days of notificationsConfig.paperExpiryDays) {
      // Caught up for a day missed: anything now inside the threshold, not yet expired.
      const papers = await FleetDocument.query()
        .where('status', 'verified')
        .where('expires_on', '>=', today.toISODate()!)
        .where('expires_on', '<=', today.plus({ days }).toISODate()!)
        .where('expires_on', '>', today.plus({ days: nextSmaller(days) }).toISODate()!)
      for (const paper of papers) {
        const left = Math.round(paper.expiresOn.startOf('day').diff(today, 'days').days)
        const intents = await this.recipients.forExpiringDocument(paper, days, left)
        const changed = await this.notifications.notify(intents)
        notified += changed.length
      }
    }
    return { notified }
  }
}

/** The next threshold below `days` (0 below the last): each paper is told once per band. */
function nextSmaller(days: number) {
  const smaller = notificationsConfig.paperExpiryDays.filter((d) => d < days)
  return smaller.length ? Math.max(...smaller) : 0
}
