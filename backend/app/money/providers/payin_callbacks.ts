import type { PaymentProviderName } from '#money/payment_providers'
import { readStkCallback } from '#money/providers/daraja_wire'
import { readWaveEvent } from '#money/providers/wave_wire'
import { readOrangeNotification } from '#money/providers/orange_money_wire'
import { readAirtelCallback } from '#money/providers/airtel_wire'
import { toMinor } from '#money/minor_units'

/** What a provider's callback claims about an attempt; believed only once its status query agrees. */
export interface PayInCallback {
  /** The provider's id of this report: a replay has the same one and is stored once. */
  key: string
  /** The provider's id of the attempt, when the report names it. */
  providerRef: string | null
  paid: boolean
  /** Minor units, when the report states an amount. */
  amount?: number | null
  currency?: string
  receipt?: string | null
  /** What proves the report is about the attempt (Orange's notif_token). */
  proof?: string
}

interface CallbackProtocol {
  /** The report in the callback's body, or null when the body is not one. */
  read(body: unknown): PayInCallback | null
  /** Where the provider calls back about an attempt whose secret token is `token`. */
  path(token: string): string
}

/**
 * Each mobile money provider's callback: how to read it and where it comes,
 * shared by the real client and its simulator.
 */
export const PAYIN_CALLBACKS: Partial<Record<PaymentProviderName, CallbackProtocol>> = {
  mpesa: {
    path: (token) => `/api/v1/webhooks/mpesa/stk/${token}`,
    read(body) {
      const stk = readStkCallback(body)
      if (!stk) return null
      const paid = stk.resultCode === 0
      const receipt = stk.metadata.MpesaReceiptNumber
      return {
        key: stk.checkoutRequestId,
        providerRef: stk.checkoutRequestId,
        paid,
        amount: paid ? toMinor(stk.metadata.Amount, 'KES') : undefined,
        receipt: receipt === undefined ? null : String(receipt),
      }
    },
  },
  // Wave calls the one webhook URL registered in its Business Portal, signed.
  wave: { path: () => '/api/v1/webhooks/wave', read: readWaveEvent },
  // Our notif_url per attempt; the notification also carries the attempt's notif_token.
  orange_money: {
    path: (token) => `/api/v1/webhooks/orange_money/${token}`,
    read: readOrangeNotification,
  },
  // Airtel calls the one callback URL registered for the app, unsigned.
  airtel: { path: () => '/api/v1/webhooks/airtel', read: readAirtelCallback },
}

export function callbackProtocolOf(provider: PaymentProviderName): CallbackProtocol {
  const protocol = PAYIN_CALLBACKS[provider]
  if (!protocol) throw new Error(`${provider} has no callbacks`)
  return protocol
}
