/**
 * The sensitive actions the audit log records, by operators and by the
 * system. One list: the search filter, the API document and the console's
 * labels read it.
 */
export const AUDIT_ACTIONS = [
  'paper.verified',
  'paper.rejected',
  'dispute.resolved',
  'user.created',
  'user.updated',
  'user.suspended',
  'user.reinstated',
  'user.phone_revealed',
  'audit.exported',
  'payout.retried',
  'payout.cancelled',
  'payout.marked_sent',
  'payout.marked_failed',
  'payout.refunded_by_hand',
  'payout.reversed',
  'payout_number.changed',
  'payout_rail.changed',
  'refund.requested',
  'payment.unwanted',
  'payment.checked',
  'payment.closed',
  'payouts.paused',
  'payouts.resumed',
  'vehicle_type.created',
  'vehicle_type.updated',
  'payout_run.approved',
  'payout_run.approval_refused',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]
