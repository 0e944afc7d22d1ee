import { currencySchema } from '#core/contract/enums'
import type Payout from '#money/models/payout'
import { PAYOUT_KINDS, PAYOUT_STATUSES } from '#money/models/payout'
import type { Locale } from '#core/locales'
import {
  PAYOUT_FAILURES,
  PAYOUT_HOLDS,
  payoutFailureMessage,
  payoutHoldMessage,
  type PayoutFailure,
  type PayoutHold,
} from '#money/payout_texts'
import { outcomeUnknown, PAYOUT_ACTIONS, payoutActions } from '#money/payout_rules'
import { maskedPhone } from '#money/transformers/payment_transformer'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

/** What an admin may do to a payout (`payoutActions` in `app/money/payout_rules.ts` decides). */
export const payoutActionSchema = named('PayoutAction', z.enum(PAYOUT_ACTIONS))

export const payoutSchema = named(
  'Payout',
  z.object({
    id: id(),
    kind: z
      .enum(PAYOUT_KINDS)
      .meta({ description: 'carrier: a carrier’s pay; refund: back to the payer' }),
    orderId: id().nullable(),
    organisationId: id().nullable(),
    payee: z
      .string()
      .nullable()
      .meta({
        description: 'Whom it pays: the carrier, the payer refunded, or the farmer of a payout run',
        examples: ['Wanjiru Kamau'],
      }),
    provider: z.string().meta({ examples: ['mpesa'] }),
    amount: z.number().int().meta({ description: 'Minor units of currency' }),
    currency: currencySchema,
    phone: z.string().meta({ description: 'Masked', examples: ['+254 •••• 5678'] }),
    status: z.enum(PAYOUT_STATUSES),
    attempt: z.number().int().positive(),
    failureReason: z.enum(Object.keys(PAYOUT_FAILURES) as [PayoutFailure]).nullable(),
    failureMessage: z.string().nullable().meta({ description: 'In the reader’s language' }),
    heldReason: z
      .enum(Object.keys(PAYOUT_HOLDS) as [PayoutHold])
      .nullable()
      .meta({ description: 'Why a queued payout waits' }),
    heldMessage: z.string().nullable().meta({ description: 'In the reader’s language' }),
    outcomeUnknown: z
      .boolean()
      .meta({ description: 'Money may have left: a retry reuses the key, cancelling is refused' }),
    allowedActions: z.array(payoutActionSchema).meta({
      description:
        'What an admin may do to it now (retry, cancel, mark-sent, mark-failed); any other is refused with 409',
    }),
    receipt: z.string().nullable().meta({ description: 'The provider’s receipt number' }),
    reason: z.string().nullable().meta({ description: 'The operator’s reason (refunds)' }),
    createdAt: isoDateTime(),
    requestedAt: isoDateTime().nullable(),
    settledAt: isoDateTime().nullable(),
  })
)

/** A payout or refund on the wire: the phone masked, reasons in the reader's language. */
export default class PayoutTransformer {
  static toJSON(
    payout: Payout,
    locale: Locale,
    payee: string | null
  ): z.infer<typeof payoutSchema> {
    return {
      id: payout.id,
      kind: payout.kind,
      orderId: payout.orderId ?? null,
      organisationId: payout.organisationId ?? null,
      payee,
      provider: payout.provider,
      amount: payout.amount,
      currency: payout.currency,
      phone: maskedPhone(payout.phone)!,
      status: payout.status,
      attempt: payout.attempt,
      failureReason: payout.failureReason ?? null,
      failureMessage: payout.failureReason
        ? payoutFailureMessage(payout.failureReason, locale)
        : null,
      heldReason: payout.status === 'queued' ? (payout.heldReason ?? null) : null,
      heldMessage:
        payout.status === 'queued' && payout.heldReason
          ? payoutHoldMessage(payout.heldReason, locale)
          : null,
      outcomeUnknown: outcomeUnknown(payout),
      allowedActions: payoutActions(payout),
      receipt: payout.providerReceipt ?? null,
      reason: payout.reason ?? null,
      createdAt: toIso(payout.createdAt),
      requestedAt: toIso(payout.requestedAt),
      settledAt: toIso(payout.settledAt),
    }
  }
}

export const payoutSwitchSchema = named(
  'PayoutSwitch',
  z.object({
    paused: z.boolean(),
    byEnvironment: z
      .boolean()
      .meta({ description: 'Paused by PAYOUTS_PAUSED: only a deploy resumes it' }),
    reason: z.string().nullable(),
    changedBy: id().nullable(),
    changedAt: isoDateTime().nullable(),
    queued: z.number().int().meta({ description: 'Payouts waiting to leave' }),
  })
)
