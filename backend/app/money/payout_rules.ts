import type Payout from '#money/models/payout'
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
