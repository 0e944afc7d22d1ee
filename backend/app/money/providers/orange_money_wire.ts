import type { PayInCallback } from '#money/providers/payin_callbacks'
import type { PayInStatus } from '#money/providers/payment_provider'

/**
 * Orange Money Web Payment's wire format (developer.orange.com, om-webpay),
 * shared by the client, its simulator and the notification route: fixtures
 * in tests/fixtures/providers/orange-om-*.
 */

/** Our order_id of an attempt at Orange (unique per merchant). */
export const orangeOrderIdOf = (paymentId: number) => `NJIA-P${paymentId}`

/**
 * A notification (`{status, notif_token, txnid}`) as a callback report: it
 * does not name the pay_token, but carries the notif_token the web payment
 * answer gave us for this attempt, which is what proves it.
 */
export function readOrangeNotification(body: unknown): PayInCallback | null {
  const notification = body as { status?: unknown; notif_token?: unknown; txnid?: unknown } | null
  if (
    !notification ||
    typeof notification.notif_token !== 'string' ||
    typeof notification.status !== 'string'
  ) {
    return null
  }
  const txnid = typeof notification.txnid === 'string' ? notification.txnid : null
  return {
    key: `${notification.notif_token}:${notification.status}`,
    providerRef: null,
    paid: notification.status === 'SUCCESS',
    receipt: txnid,
    proof: notification.notif_token,
  }
}

/** The transaction status answer's `status` as what became of the attempt. */
export function statusOfOrange(status: unknown, txnid: unknown): PayInStatus {
  switch (status) {
    case 'SUCCESS':
      return { state: 'received', receipt: typeof txnid === 'string' ? txnid : undefined }
    case 'FAILED':
      return { state: 'failed', reason: 'declined', detail: 'Orange Money: FAILED' }
    case 'EXPIRED':
      return {
        state: 'failed',
        reason: 'timeout',
        detail: 'Orange Money: the payment page expired unpaid',
      }
    default:
      // INITIATED (page not used yet), PENDING (the payer is confirming).
      return { state: 'pending' }
  }
}
