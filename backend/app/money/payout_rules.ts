import type Payout from '#money/models/payout'
import type { PayoutStatus } from '#money/models/payout'
import type { PayoutFailure } from '#money/payout_texts'

/**
 * Failures after which we cannot know whether money left: a new try
 * reuses the same OriginatorConversationID, so the provider refuses it as a
 * duplicate if the first one went through. Any other failure is final for
 * its attempt, and a new try gets a new key.
 */
export const UNKNOWN_OUTCOME: ReadonlySet<PayoutFailure> = new Set(['timeout', 'unreachable'])

/**
 * Whether money may have left for this payout's current key: it was sent
 * and no final answer came. Then a new try reuses the key (the provider
 * refuses a duplicate) and nobody may cancel it.
 */
export function outcomeUnknown(
  payout: Pick<Payout, 'status' | 'failureReason' | 'originatorConversationId'>
) {
  if (payout.status === 'sending') return true
  if (payout.status === 'failed') return UNKNOWN_OUTCOME.has(payout.failureReason!)
  return payout.status === 'queued' && Boolean(payout.originatorConversationId)
}

/** What an operator may do to a payout (the console's buttons, the admin routes). */
export const PAYOUT_ACTIONS = [
  'retry',
  'cancel',
  'markSent',
  'markFailed',
  'refundedByHand',
] as const
export type PayoutAction = (typeof PAYOUT_ACTIONS)[number]

/** Attempts that are not final: the provider was (or will be) asked and may still say sent. */
const OPEN_ATTEMPT: ReadonlySet<PayoutStatus> = new Set(['queued', 'sending', 'failed'])

/**
 * The one rule of which action a payout's state allows; `PayoutService`
 * refuses any other, and the API lists these as `allowedActions`, so the
 * console offers exactly what the API accepts.
 * - retry: a failed payout (a new key), or one whose outcome is unknown (the same key);
 * - cancel: a failed or queued payout that surely did not leave;
 * - markSent: an attempt was made (it has a key) and is not final;
 * - markFailed: its outcome is unknown;
 * - refundedByHand: a failed refund with nothing in flight (the only way on for one no provider
 *   can send, `manual_return`, besides cancelling it).
 */
export function payoutActions(
  payout: Pick<Payout, 'kind' | 'status' | 'failureReason' | 'originatorConversationId'>
): PayoutAction[] {
  const unknown = outcomeUnknown(payout)
  const actions: PayoutAction[] = []
  // No provider can send it: it can only be returned by hand (or given up).
  const byHandOnly = payout.failureReason === 'manual_return'
  if ((payout.status === 'failed' && !byHandOnly) || unknown) actions.push('retry')
  if ((payout.status === 'failed' || payout.status === 'queued') && !unknown) actions.push('cancel')
  if (payout.originatorConversationId && OPEN_ATTEMPT.has(payout.status)) actions.push('markSent')
  if (unknown) actions.push('markFailed')
  if (payout.kind === 'refund' && payout.status === 'failed' && !unknown) {
    actions.push('refundedByHand')
  }
  return actions
}

/** The callbacks a payout's URLs receive (the `which` of their path). */
export const PAYOUT_CALLBACK_KINDS = ['result', 'timeout', 'status', 'status_timeout'] as const
export type PayoutCallbackKind = (typeof PAYOUT_CALLBACK_KINDS)[number]

/**
 * When a sent payout is asked whether its provider reversed it, in hours
 * after it was sent: soon after (when a mistaken payout is taken back),
 * then ever more rarely until the window closes — 1, 6, 24, then every
 * 48 h, and the window's last hour. Six questions over a 7-day window
 * instead of one every stuck-payouts period.
 */
export function reversalCheckHours(windowDays: number) {
  const last = windowDays * 24
  const hours = [1, 6, 24].filter((hour) => hour < last)
  for (let hour = 72; hour < last; hour += 48) hours.push(hour)
  return [...hours, last]
}
