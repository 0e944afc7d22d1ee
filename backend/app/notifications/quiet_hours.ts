import type { DateTime } from 'luxon'
import type { Preferences } from '#notifications/transformers/notification_schemas'

/** When the quiet hours around `now` end, or null when it is not quiet now. */
export function quietEnd(preferences: Pick<Preferences, 'quietHours' | 'timeZone'>, now: DateTime) {
  if (!preferences.quietHours) return null
  const local = now.setZone(preferences.timeZone)
  const from = minutesOf(preferences.quietHours.from)
  const to = minutesOf(preferences.quietHours.to)
  if (from === to) return null
  const at = local.hour * 60 + local.minute
  const quiet = from < to ? at >= from && at < to : at >= from || at < to
  if (!quiet) return null
  let end = local.startOf('day').plus({ minutes: to })
  if (end <= local) end = end.plus({ days: 1 })
  return end.toUTC()
}

/** "06:30" -> 390 (minutes since midnight, as stored). */
export function minutesOf(hhmm: string) {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

/** 390 -> "06:30". */
export function clockOf(total: number) {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}
