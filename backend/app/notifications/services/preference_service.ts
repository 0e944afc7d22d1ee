import db from '@adonisjs/lucid/services/db'
import type { z } from '#core/contract/response_schema'
import type {
  Preferences,
  quietHoursSchema,
} from '#notifications/transformers/notification_schemas'
import { DateTime } from 'luxon'
import { clockOf, minutesOf, quietEnd } from '#notifications/quiet_hours'
import type User from '#accounts/models/user'
import { timeZoneOfPhone } from '#core/phone'
import {
  CHANNELS,
  KINDS,
  defaultEnabled,
  smsAllowed,
  isCritical,
  type Channel,
  type NotificationKind,
} from '#notifications/notification_kinds'

/** "22:00" to "06:30", local times on the wire as HH:MM. */
type QuietHours = z.infer<typeof quietHoursSchema>

export interface PreferencesUpdate {
  kinds?: Partial<Record<NotificationKind, Partial<Record<Channel, boolean>>>>
  quietHours?: QuietHours | null
}

/**
 * What each person wants to hear and how: per kind and channel (unset:
 * the role's default), and quiet hours in their own time zone during which
 * only critical notices leave the app. In-app is always kept; a critical
 * notice cannot be silenced on every channel outside the app.
 */
export default class PreferenceService {
  async of(user: User): Promise<Preferences> {
    const rows = await db.from('notification_preferences').where('user_id', user.id)
    const chosen = new Map(
      rows.map((row) => [`${row.kind}:${row.channel}`, row.enabled as boolean])
    )
    const kinds = {} as Preferences['kinds']
    for (const kind of KINDS) {
      kinds[kind] = {} as Record<Channel, boolean>
      for (const channel of CHANNELS) {
        kinds[kind][channel] =
          channel === 'in_app' ||
          ((channel !== 'sms' || smsAllowed(kind)) &&
            (chosen.get(`${kind}:${channel}`) ?? defaultEnabled(user.role, kind, channel)))
      }
    }
    const settings = await db.from('notification_settings').where('user_id', user.id).first()
    return {
      kinds,
      critical: KINDS.filter(isCritical),
      quietHours:
        settings && settings.quiet_from !== null && settings.quiet_to !== null
          ? { from: clockOf(settings.quiet_from), to: clockOf(settings.quiet_to) }
          : null,
      timeZone: timeZoneOfPhone(user.phone),
    }
  }

  async update(user: User, update: PreferencesUpdate) {
    await db.transaction(async (trx) => {
      for (const [kind, channels] of Object.entries(update.kinds ?? {})) {
        for (const [channel, enabled] of Object.entries(channels ?? {})) {
          if (channel === 'in_app' || enabled === undefined) continue
          await trx
            .table('notification_preferences')
            .insert({ user_id: user.id, kind, channel, enabled })
            .onConflict(['user_id', 'kind', 'channel'])
            .merge(['enabled'])
        }
      }
      if (update.quietHours !== undefined) {
        const quiet = update.quietHours
        await trx
          .table('notification_settings')
          .insert({
            user_id: user.id,
            quiet_from: quiet ? minutesOf(quiet.from) : null,
            quiet_to: quiet ? minutesOf(quiet.to) : null,
            updated_at: new Date(),
          })
          .onConflict('user_id')
          .merge(['quiet_from', 'quiet_to', 'updated_at'])
      }
    })
    return this.of(user)
  }

  /**
   * The channels outside the app a notice of this kind takes now, and, when
   * quiet hours hold a notice back, the moment they end.
   */
  async route(user: User, kind: NotificationKind, now = DateTime.now()) {
    const preferences = await this.of(user)
    const wanted = preferences.kinds[kind]
    const critical = isCritical(kind)
    // A critical notice always leaves the app: by SMS when the user turned everything off.
    const push = wanted.push
    const sms = wanted.sms || (critical && !wanted.push)
    const quietUntil = critical ? null : quietEnd(preferences, now)
    return { push, sms, critical, quietUntil }
  }
}
