import type { Currency } from '#core/money_format'
import { currencySchema } from '#core/contract/enums'
import type MilkPrice from '#collections/models/milk_price'
import type FarmerAdjustment from '#collections/models/farmer_adjustment'
import { ADJUSTMENT_KINDS } from '#collections/models/farmer_adjustment'
import type RouteIntake from '#collections/models/route_intake'
import { SHIFTS } from '#collections/models/collection_route'
import { GRADES } from '#collections/quality_rules'
import { adjustmentLabel } from '#collections/texts'
import type { Locale } from '#core/locales'
import type { Statement } from '#collections/services/statement_service'
import CollectionTransformer, {
  milkCollectionSchema,
} from '#collections/transformers/collection_transformer'
import {
  id,
  isoDate,
  isoDateTime,
  named,
  toIso,
  toIsoDate,
  z,
} from '#core/contract/response_schema'

const month = () => z.string().meta({ examples: ['2026-11'] })
const minor = () => z.number().int().meta({ description: 'Minor unit' })

export const rateChartSchema = named(
  'RateChart',
  z.object({
    period: month(),
    currency: currencySchema,
    data: z.array(z.object({ grade: z.enum(GRADES), pricePerLitre: minor() })),
  })
)

export const farmerAdjustmentSchema = named(
  'FarmerAdjustment',
  z.object({
    id: id(),
    farmerId: id(),
    period: month(),
    kind: z.enum(ADJUSTMENT_KINDS),
    amount: minor(),
    signedAmount: z
      .number()
      .int()
      .meta({ description: 'What it does to the pay: negative for deductions' }),
    label: z.string().meta({
      description:
        'Its kind in the farmer’s language; a carried deduction names the month it is owed from',
    }),
    note: z.string().nullable(),
    createdAt: isoDateTime(),
  })
)

export const farmerStatementSchema = named(
  'FarmerStatement',
  z.object({
    farmer: z.object({ id: id(), name: z.string(), memberNumber: z.string(), phone: z.string() }),
    cooperative: z.object({ id: id(), name: z.string() }),
    period: month(),
    currency: currencySchema,
    priced: z.boolean().meta({
      description: 'False until the period’s prices are set (gross and net are then 0)',
    }),
    litresByGrade: z.record(z.string(), z.number()),
    rejectedLitres: z.number(),
    prices: z.record(z.string(), z.number().int()),
    gross: minor(),
    adjustments: z.array(farmerAdjustmentSchema),
    net: minor(),
    smsSummary: z.string().meta({ description: 'The text POST .../statement/sms sends' }),
    collections: z.array(milkCollectionSchema),
  })
)

export const routeIntakeSchema = named(
  'RouteIntake',
  z.object({
    id: id(),
    routeId: id(),
    date: isoDate(),
    shift: z.enum(SHIFTS),
    quantityLitres: z.number(),
    driverId: id().nullable(),
    recordedById: id().nullable(),
  })
)

export const statementSmsSchema = z.object({
  sent: z.boolean(),
  body: z.string().meta({ description: 'The text sent' }),
})

export default class StatementTransformer {
  static rateChart(
    period: string,
    currency: Currency,
    prices: MilkPrice[]
  ): z.infer<typeof rateChartSchema> {
    return {
      period,
      currency,
      data: prices.map((price) => ({
        grade: price.grade,
        pricePerLitre: price.pricePerLitre,
      })),
    }
  }

  /** `locale`: the farmer's, whose statement it is on. */
  static adjustment(
    adjustment: FarmerAdjustment,
    locale: Locale
  ): z.infer<typeof farmerAdjustmentSchema> {
    return {
      id: adjustment.id,
      farmerId: adjustment.farmerId,
      period: adjustment.period,
      kind: adjustment.kind,
      amount: adjustment.amount,
      signedAmount: adjustment.signedAmount,
      label: adjustmentLabel(locale, adjustment),
      note: adjustment.note,
      createdAt: toIso(adjustment.createdAt),
    }
  }

  static statement(statement: Statement, summary: string): z.infer<typeof farmerStatementSchema> {
    return {
      farmer: {
        id: statement.farmer.id,
        name: statement.farmer.name,
        memberNumber: statement.farmer.memberNumber,
        phone: statement.farmer.phone,
      },
      cooperative: { id: statement.cooperative.organisationId, name: statement.cooperativeName },
      period: statement.period,
      currency: statement.cooperative.currency,
      priced: statement.priced,
      litresByGrade: statement.litresByGrade,
      rejectedLitres: statement.rejectedLitres,
      prices: statement.prices,
      gross: statement.gross,
      adjustments: statement.adjustments.map((a) => this.adjustment(a, statement.farmer.locale)),
      net: statement.net,
      smsSummary: summary,
      collections: statement.collections.map((c) => CollectionTransformer.toJSON(c)),
    }
  }

  static intake(intake: RouteIntake): z.infer<typeof routeIntakeSchema> {
    return {
      id: intake.id,
      routeId: intake.routeId,
      date: toIsoDate(intake.collectedOn),
      shift: intake.shift,
      quantityLitres: intake.quantityLitres,
      driverId: intake.driverId,
      recordedById: intake.recordedById,
    }
  }
}
