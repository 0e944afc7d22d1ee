import type { Role } from '#accounts/models/user'

/**
 * Every kind of notification, the one place that says what it is about and
 * how it travels: `critical` ones ignore quiet hours and preferences that
 * turn a channel off, and fall back to SMS when no push reaches a device;
 * `groupWindowSeconds` makes a burst (ten bids in five minutes) one push and
 * one SMS that count them. The texts are in notification_texts.ts.
 */
export const NOTIFICATION_KINDS = {
  bid_placed: { groupWindowSeconds: 300 },
  bid_accepted: {},
  bid_rejected: {},
  order_assigned: {},
  /** An assignment told to the driver who must drive it. */
  job_assigned: { critical: true },
  order_unassigned: {},
  /** An order given back to the board because an admin suspended its driver: its shipper and carrier. */
  order_released: {},
  /** No longer sent (pickup_pending is the driver's arrival: driver_arrived); kept so stored notices still read. */
  driver_heading_to_pickup: {},
  driver_arrived: {},
  picked_up: {},
  delivered: {},
  order_completed: {},
  order_cancelled: {},
  order_disputed: {},
  dispute_resolved: {},
  paper_verified: {},
  paper_rejected: {},
  paper_expiring: {},
  payment_received: { critical: true },
  payment_failed: { critical: true },
  refund_sent: { critical: true },
  /** A refund the provider took back: owed to the shipper again. */
  refund_reversed: { critical: true },
  payout_sent: { critical: true },
  payout_failed: { critical: true },
  payout_reversed: { critical: true },
  chat_message: { groupWindowSeconds: 120 },
  /** Accounts texts the invitation itself (with the code to answer by SMS): in the app and by push only. */
  organisation_invitation: { smsByItsCapability: true },
} satisfies Record<
  string,
  { critical?: boolean; groupWindowSeconds?: number; smsByItsCapability?: boolean }
>

export type NotificationKind = keyof typeof NOTIFICATION_KINDS
export const KINDS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[]

export const CHANNELS = ['in_app', 'push', 'sms'] as const
export type Channel = (typeof CHANNELS)[number]
/** The channels that leave the app; in-app is always kept. */
export type OutsideChannel = Exclude<Channel, 'in_app'>

export function isCritical(kind: NotificationKind) {
  return 'critical' in NOTIFICATION_KINDS[kind] && NOTIFICATION_KINDS[kind].critical === true
}

export function groupWindowOf(kind: NotificationKind): number {
  const spec = NOTIFICATION_KINDS[kind] as { groupWindowSeconds?: number }
  return spec.groupWindowSeconds ?? 0
}

/**
 * SMS costs money and a phone's patience: by default it carries what is
 * critical, plus what a driver on the road or a shipper without the app
 * must not miss. Push carries everything.
 */
const SMS_BY_DEFAULT: Partial<Record<Role, readonly NotificationKind[]>> = {
  shipper: ['delivered', 'order_cancelled', 'dispute_resolved'],
  driver: ['order_unassigned', 'order_cancelled', 'paper_rejected', 'paper_expiring'],
  dispatcher: ['order_disputed', 'paper_expiring'],
}

/** Whether a channel is on for a kind when the user has not said otherwise. */
export function defaultEnabled(role: Role, kind: NotificationKind, channel: Channel) {
  if (channel !== 'sms') return true
  return isCritical(kind) || (SMS_BY_DEFAULT[role] ?? []).includes(kind)
}

/** Whether a kind may go by SMS here at all (some are texted by the capability where they happen). */
export function smsAllowed(kind: NotificationKind) {
  return !('smsByItsCapability' in NOTIFICATION_KINDS[kind])
}
