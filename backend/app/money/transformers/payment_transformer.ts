import type Payment from '#money/models/payment'
import type { Locale } from '#core/locales'
import { failureMessage } from '#money/payment_failures'

/** +254712345678 -> +254 •••• 5678: enough for the payer to recognise their number. */
export function maskedPhone(e164: string | null) {
  return e164 ? `${e164.slice(0, 4)} •••• ${e164.slice(-4)}` : null
}

/**
 * A pay-in attempt on the wire: { id, orderId, provider, amount, currency,
 * status, failureReason, failureMessage (in the reader's language),
 * phone (masked), receipt, createdAt, settledAt }.
 */
export default class PaymentTransformer {
  static toJSON(payment: Payment, locale: Locale) {
    return {
      id: payment.id,
      orderId: payment.orderId,
      provider: payment.provider,
      amount: payment.amount,
      currency: payment.currency,
      status: payment.status,
      failureReason: payment.failureReason,
      failureMessage: payment.failureReason ? failureMessage(payment.failureReason, locale) : null,
      phone: maskedPhone(payment.phone),
      receipt: payment.providerReceipt,
      createdAt: payment.createdAt.toISO(),
      settledAt: payment.settledAt?.toISO() ?? null,
    }
  }
}
