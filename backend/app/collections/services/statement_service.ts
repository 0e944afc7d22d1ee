import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
import SmsService from '#sms/services/sms_service'
import Cooperative from '#collections/models/cooperative'
import type Farmer from '#collections/models/farmer'
import FarmerAdjustment, { type AdjustmentKind } from '#collections/models/farmer_adjustment'
import MilkCollection from '#collections/models/milk_collection'
import MilkPriceService from '#collections/services/milk_price_service'
import ClosedPeriodService from '#collections/services/closed_period_service'
import { adjustmentLabel, statementSummaryText } from '#collections/texts'
import { csvDocument } from '#core/csv'

export interface Statement {
  farmer: Farmer
  cooperative: Cooperative
  cooperativeName: string
  period: string
  collections: MilkCollection[]
  litresByGrade: Record<string, number>
  rejectedLitres: number
  prices: Record<string, number>
  /** Minor unit: accepted litres of each grade at its price. */
  gross: number
  adjustments: FarmerAdjustment[]
  /** Gross plus bonuses minus deductions. */
  net: number
  /** False until the cooperative has set the period's prices. */
  priced: boolean
}

/** A farmer's statement for a period (web, CSV, one SMS), and the deductions and bonuses on it. */
@inject()
export default class StatementService {
  constructor(
    private prices: MilkPriceService,
    private sms: SmsService,
    private periods: ClosedPeriodService
  ) {}

  /** With `client`, read inside that transaction (a payout run's approval). */
  async statement(
    farmer: Farmer,
    period: string,
    client?: TransactionClientContract
  ): Promise<Statement> {
    const cooperative = await Cooperative.findOrFail(farmer.cooperativeId, { client })
    const organisation = await Organisation.findOrFail(farmer.cooperativeId, { client })
    const collections = await MilkCollection.query({ client })
      .where({ farmer_id: farmer.id, period })
      .orderBy('collected_at')
      .orderBy('kind')
    const pay = await this.prices.expectedPay(cooperative, farmer, period, client)
    const chart = await this.prices.chart(cooperative, period, client)
    const adjustments = await FarmerAdjustment.query({ client })
      .where({ farmer_id: farmer.id, period })
      .orderBy('id')
    const rejectedLitres = collections
      .filter((c) => c.outcome === 'rejected')
      .reduce((sum, c) => sum + c.quantityLitres, 0)
    const gross = pay?.amount ?? 0
    return {
      farmer,
      cooperative,
      cooperativeName: organisation.name,
      period,
      collections,
      litresByGrade: pay?.litres ?? (await this.#litresByGrade(farmer, period, client)),
      rejectedLitres: Math.round(rejectedLitres * 100) / 100,
      prices: Object.fromEntries(chart.map((line) => [line.grade, line.pricePerLitre])),
      gross,
      adjustments,
      net: gross + adjustments.reduce((sum, a) => sum + a.signedAmount, 0),
      priced: pay !== null,
    }
  }

  async addAdjustment(
    user: User,
    farmer: Farmer,
    input: { period: string; kind: AdjustmentKind; amount: number; note?: string | null }
  ) {
    return db.transaction(async (trx) => {
      await this.periods.assertOpen(farmer.cooperativeId, input.period, trx)
      return FarmerAdjustment.create(
        {
          cooperativeId: farmer.cooperativeId,
          farmerId: farmer.id,
          period: input.period,
          kind: input.kind,
          amount: input.amount,
          note: input.note ?? null,
          createdById: user.id,
        },
        { client: trx }
      )
    })
  }

  /** The one-SMS summary, to the farmer's phone. */
  async sendSummary(farmer: Farmer, period: string) {
    const statement = await this.statement(farmer, period)
    return this.sms.send(farmer.phone, this.summaryOf(statement), { fit: true })
  }

  summaryOf(statement: Statement) {
    return statementSummaryText(statement.farmer.locale, {
      cooperative: statement.cooperativeName,
      period: statement.period,
      litresByGrade: statement.litresByGrade,
      gross: statement.priced ? statement.gross : null,
      deductions: -statement.adjustments
        .filter((a) => a.kind !== 'bonus')
        .reduce((sum, a) => sum + a.signedAmount, 0),
      bonuses: statement.adjustments
        .filter((a) => a.kind === 'bonus')
        .reduce((sum, a) => sum + a.amount, 0),
      net: statement.priced ? statement.net : null,
      currency: statement.cooperative.currency,
      memberNumber: statement.farmer.memberNumber,
    })
  }

  /** The statement as CSV: one line per collection or reversal, then the totals. */
  csvOf(statement: Statement) {
    const rows: (string | number | null)[][] = [
      ['date', 'shift', 'reference', 'kind', 'litres', 'outcome', 'grade', 'rejection_reason'],
      ...statement.collections.map((c) => [
        c.collectedOn.toISODate(),
        c.shift,
        c.reference,
        c.kind,
        c.quantityLitres,
        c.outcome,
        c.grade,
        c.rejectionReason,
      ]),
      [],
      ['grade', 'litres', 'price_per_litre_minor', 'amount_minor'],
      ...Object.entries(statement.litresByGrade).map(([grade, litres]) => [
        grade,
        litres,
        statement.prices[grade] ?? null,
        statement.prices[grade] === undefined ? null : Math.round(litres * statement.prices[grade]),
      ]),
      [],
      ['adjustment', 'label', 'amount_minor', 'note'],
      ...statement.adjustments.map((a) => [
        a.kind,
        adjustmentLabel(statement.farmer.locale, a),
        a.signedAmount,
        a.note,
      ]),
      [],
      ['currency', statement.cooperative.currency],
      ['gross_minor', statement.priced ? statement.gross : null],
      ['net_minor', statement.priced ? statement.net : null],
    ]
    return csvDocument(rows)
  }

  async #litresByGrade(farmer: Farmer, period: string, client?: TransactionClientContract) {
    const rows: { grade: string; litres: string }[] = await (client ?? db)
      .from('milk_collections')
      .where({ farmer_id: farmer.id, period, outcome: 'accepted' })
      .groupBy('grade')
      .select('grade', db.raw('SUM(quantity_litres) AS litres'))
    return Object.fromEntries(rows.map((row) => [row.grade, Number(row.litres)]))
  }
}
