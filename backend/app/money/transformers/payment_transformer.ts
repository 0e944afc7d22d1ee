import { currencySchema } from '#core/contract/enums'
import type Payment from '#money/models/payment'
import { PAYMENT_STATUSES } from '#money/models/payment'
import type { Locale } from '#core/locales'
import { PAYMENT_FAILURES, failureMessage, type PaymentFailure } from '#money/payment_failures'
import { PAYMENT_PROVIDERS, type PaymentProviderName } from '#money/payment_providers'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const paymentSchema = named(
  'Payment',
  z.object({
    id: id(),
    orderId: id(),
    provider: z.enum(Object.keys(PAYMENT_PROVIDERS) as [PaymentProviderName]),
    amount: z.number().int().meta({ description: 'Minor units of currency' }),
    currency: currencySchema,
    status: named('PaymentStatus', z.enum(PAYMENT_STATUSES)),
    failureReason: z.enum(Object.keys(PAYMENT_FAILURES) as [PaymentFailure]).nullable(),
    failureMessage: z.string().nullable().meta({ description: 'In the reader’s language' }),
    phone: z
      .string()
      .nullable()
      .meta({ description: 'Masked', examples: ['+254 •••• 5678'] }),
    receipt: z.string().nullable().meta({ description: 'The provider’s receipt number' }),
    checkoutUrl: z.string().nullable().meta({
      description:
        'Where the payer approves the payment (the Wave app, Orange Money’s page) while it is pending; null for a prompt on the phone (M-Pesa)',
    }),
    createdAt: isoDateTime(),
    settledAt: isoDateTime().nullable(),
  })
)

/** An order's attempts, and the providers that collect its currency (the choices of a new attempt). */
export const orderPaymentsSchema = named(
  'OrderPayments',
  z.object({
    data: z.array(paymentSchema),
    providers: z.array(z.enum(Object.keys(PAYMENT_PROVIDERS) as [PaymentProviderName])),
  })
)

/** +254712345678 -> +254 •••• 5678: enough for the payer to recognise their number. */
export function maskedPhone(e164: string | null) {
  return e164 ? `${e164.slice(0, 4)} •••• ${e164.slice(-4)}` : null
}

/** A pay-in attempt on the wire; the failure's message in the reader's language. */
export default class PaymentTransformer {
  static toJSON(payment: Payment, locale: Locale): z.infer<typeof paymentSchema> {
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
      checkoutUrl: payment.status === 'pending' ? payment.checkoutUrl : null,
      createdAt: toIso(payment.createdAt),
      settledAt: toIso(payment.settledAt),
    }
  }
}
