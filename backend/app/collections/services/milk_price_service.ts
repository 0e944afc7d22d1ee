import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Cooperative from '#collections/models/cooperative'
import type Farmer from '#collections/models/farmer'
import MilkPrice from '#collections/models/milk_price'
import ClosedPeriodService from '#collections/services/closed_period_service'
import { GRADES, type Grade } from '#collections/quality_rules'

export interface ExpectedPay {
  period: string
  currency: string
  /** Accepted litres per grade, corrections included. */
  litres: Record<string, number>
  totalLitres: number
  /** Minor unit; litres of a grade with no price count for nothing. */
  amount: number
}

/** The rate chart (price per litre per grade and period) and what it makes a farmer's milk worth. */
@inject()
export default class MilkPriceService {
  constructor(private periods: ClosedPeriodService) {}

  async chart(cooperative: Cooperative, period: string, client?: TransactionClientContract) {
    return MilkPrice.query({ client })
      .where({ cooperative_id: cooperative.organisationId, period })
      .orderBy('grade')
  }

  /** Sets the price of each grade given for the period (the others stay); a paid period keeps its prices. */
  async setChart(cooperative: Cooperative, period: string, prices: Partial<Record<Grade, number>>) {
    await db.transaction(async (trx) => {
      await this.periods.assertOpen(cooperative.organisationId, period, trx)
      for (const grade of GRADES) {
        const pricePerLitre = prices[grade]
        if (pricePerLitre === undefined) continue
        await MilkPrice.updateOrCreate(
          { cooperativeId: cooperative.organisationId, period, grade },
          { pricePerLitre },
          { client: trx }
        )
      }
    })
    return this.chart(cooperative, period)
  }

  /** Null when the cooperative has no price for the period yet. */
  async expectedPay(
    cooperative: Cooperative,
    farmer: Farmer,
    period: string,
    client?: TransactionClientContract
  ): Promise<ExpectedPay | null> {
    const chart = await this.chart(cooperative, period, client)
    if (chart.length === 0) return null
    const rows: { grade: string; litres: string }[] = await (client ?? db)
      .from('milk_collections')
      .where({ farmer_id: farmer.id, period, outcome: 'accepted' })
      .groupBy('grade')
      .select('grade', db.raw('SUM(quantity_litres) AS litres'))
    const litres: Record<string, number> = {}
    let amount = 0
    for (const row of rows) {
      litres[row.grade] = Number(row.litres)
      const price = chart.find((line) => line.grade === row.grade)?.pricePerLitre ?? 0
      amount += Math.round(Number(row.litres) * price)
    }
    const totalLitres = Object.values(litres).reduce((sum, value) => sum + value, 0)
    return { period, currency: cooperative.currency, litres, totalLitres, amount }
  }
}
