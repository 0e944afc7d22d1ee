import type { Locale } from '#core/locales'
import type PaymentReconciliation from '#money/models/payment_reconciliation'
import { RECONCILIATION_OUTCOMES, UNSETTLED_REASONS } from '#money/models/payment_reconciliation'
import type { PendingPayment } from '#money/services/payment_operations_service'
import PaymentTransformer, { paymentSchema } from '#money/transformers/payment_transformer'
import { PAYMENT_PROVIDERS, type PaymentProviderName } from '#money/payment_providers'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const reconciliationSchema = named(
  'PaymentReconciliation',
  z.object({
    id: id(),
    runAt: isoDateTime(),
    paymentId: id(),
    provider: z.enum(Object.keys(PAYMENT_PROVIDERS) as [PaymentProviderName]),
    outcome: named('ReconciliationOutcome', z.enum(RECONCILIATION_OUTCOMES)),
    settled: z.boolean().meta({ description: 'The pay-in is received or failed for good' }),
    reason: named('UnsettledReason', z.enum(UNSETTLED_REASONS))
      .nullable()
      .meta({ description: 'Why it could not be settled' }),
    detail: z
      .string()
      .nullable()
      .meta({ description: 'The error’s own words, when the check broke' }),
    checkedBy: id().nullable().meta({ description: 'The operator who asked; null for the job' }),
  })
)

export const pendingPaymentSchema = named(
  'PendingPayment',
  z.object({
    payment: paymentSchema,
    ageMinutes: z.number().int().meta({ description: 'Minutes since the attempt started' }),
    stuck: z.boolean().meta({
      description: 'Pending past PAYMENT_RECONCILE_AFTER_MINUTES: reconciliation asks about it',
    }),
    acknowledged: z.boolean().meta({ description: 'The provider named the attempt' }),
    lastCheck: reconciliationSchema.nullable(),
  })
)

export default class PaymentReconciliationTransformer {
  static toJSON(check: PaymentReconciliation): z.infer<typeof reconciliationSchema> {
    return {
      id: check.id,
      runAt: toIso(check.runAt),
      paymentId: check.paymentId,
      provider: check.provider,
      outcome: check.outcome,
      settled: check.settled,
      reason: check.reason,
      detail: check.detail,
      checkedBy: check.checkedBy,
    }
  }

  static pending(row: PendingPayment, locale: Locale): z.infer<typeof pendingPaymentSchema> {
    return {
      payment: PaymentTransformer.toJSON(row.payment, locale),
      ageMinutes: Math.max(0, Math.floor(-row.payment.createdAt.diffNow('minutes').minutes)),
      stuck: row.stuck,
      acknowledged: row.payment.providerRef !== null,
      lastCheck: row.lastCheck ? PaymentReconciliationTransformer.toJSON(row.lastCheck) : null,
    }
  }
}
