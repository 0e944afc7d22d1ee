import { currencySchema } from '#core/contract/enums'
import type FarmerPayoutRun from '#collections/models/farmer_payout_run'
import type FarmerPayoutLine from '#collections/models/farmer_payout_line'
import { PAYOUT_RUN_STATUSES } from '#collections/models/farmer_payout_run'
import type { Locale } from '#core/locales'
import PayoutTransformer, { payoutSchema } from '#money/transformers/payout_transformer'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

const minor = () => z.number().int().meta({ description: 'Minor unit' })

export const payoutRunSchema = named(
  'FarmerPayoutRun',
  z.object({
    id: id(),
    cooperativeId: id(),
    period: z.string().meta({ examples: ['2026-11'] }),
    status: z
      .enum(PAYOUT_RUN_STATUSES)
      .meta({ description: 'draft: prepared, to review; approved: each farmer is being paid' }),
    currency: currencySchema,
    totalAmount: minor().meta({ description: 'Minor unit: what the farmers are paid' }),
    preparedById: id().nullable(),
    approvedById: id().nullable(),
    approvedAt: isoDateTime().nullable(),
    updatedAt: isoDateTime(),
  })
)

export const payoutRunLineSchema = named(
  'FarmerPayoutLine',
  z.object({
    id: id(),
    farmer: z.object({ id: id(), name: z.string(), memberNumber: z.string() }),
    litres: z.number().meta({ description: 'Accepted litres, corrections included' }),
    gross: minor(),
    deductions: minor(),
    bonuses: minor(),
    net: minor().meta({ description: 'What the farmer is paid; nothing when not above zero' }),
    payout: payoutSchema.nullable().meta({ description: 'Once the run is approved' }),
    statementSent: z.boolean().meta({ description: 'The farmer got their statement by SMS' }),
  })
)

export const payoutRunDetailSchema = named(
  'FarmerPayoutRunDetail',
  payoutRunSchema.extend({
    preparedByName: z.string().nullable(),
    approvedByName: z.string().nullable(),
    secondApproverRequired: z.boolean().meta({
      description:
        'The cooperative has two managers or more: who prepared the run may not approve it. With one manager, that manager approves alone.',
    }),
    lines: z.array(payoutRunLineSchema),
  })
)

/** A cooperative's payout runs and their lines (each farmer's payout in the reader's language). */
export default class PayoutRunTransformer {
  static toJSON(run: FarmerPayoutRun): z.infer<typeof payoutRunSchema> {
    return {
      id: run.id,
      cooperativeId: run.cooperativeId,
      period: run.period,
      status: run.status,
      currency: run.currency,
      totalAmount: run.totalAmount,
      preparedById: run.preparedById ?? null,
      approvedById: run.approvedById ?? null,
      approvedAt: toIso(run.approvedAt ?? null),
      updatedAt: toIso(run.updatedAt),
    }
  }

  /** Expects `preparedBy` and `approvedBy` preloaded. */
  static detail(
    run: FarmerPayoutRun,
    lines: FarmerPayoutLine[],
    locale: Locale,
    secondApproverRequired: boolean
  ): z.infer<typeof payoutRunDetailSchema> {
    return {
      ...this.toJSON(run),
      preparedByName: run.preparedBy?.name ?? null,
      approvedByName: run.approvedBy?.name ?? null,
      secondApproverRequired,
      lines: lines.map((line) => ({
        id: line.id,
        farmer: {
          id: line.farmer.id,
          name: line.farmer.name,
          memberNumber: line.farmer.memberNumber,
        },
        litres: line.litres,
        gross: line.gross,
        deductions: line.deductions,
        bonuses: line.bonuses,
        net: line.net,
        payout: line.payout
          ? PayoutTransformer.toJSON(line.payout, locale, line.farmer.name)
          : null,
        statementSent: line.statementSmsId !== null,
      })),
    }
  }
}
