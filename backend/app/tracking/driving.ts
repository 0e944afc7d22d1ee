import type { Role } from '#accounts/models/user'

/**
 * Who drives, by their role now (null: no such account): they send positions (every way in), go on
 * duty and pair a tracker app. The ingest entry and TrackingPolicy both ask.
 */
export function drives(role: Role | null) {
  return role === 'driver'
}
