/**
 * What an audit row can be about. One list: the recorder's type, the search
 * filter, the API document and the console's labels read it.
 */
export const AUDIT_SUBJECT_TYPES = [
  'user',
  'organisation',
  'document',
  'order',
  'payment',
  'payout',
  'payouts',
  'farmer_payout_run',
  'vehicle_type',
  'audit',
] as const

export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number]
