import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import collectionsConfig from '#config/collections'

/**
 * What a farmer has delivered: accepted litres, corrections included (a
 * reversal's negative quantity cancels what it reverses). Receipts, USSD
 * and statements read these.
 */
export default class CollectionTotalsService {
  /**
   * `upTo`: only what was collected until then, so a receipt sent late still
   * shows the total as it stood after that collection.
   */
  async periodTotal(farmerId: number, period: string, upTo?: DateTime) {
    return this.#sum({ farmer_id: farmerId, period }, upTo)
  }

  async dayTotal(farmerId: number, day: string) {
    return this.#sum({ farmer_id: farmerId, collected_on: day })
  }

  /** Today and this month in the cooperatives' time zone. */
  today() {
    const now = DateTime.now().setZone(collectionsConfig.timeZone)
    return { day: now.toISODate()!, period: now.toFormat('yyyy-MM') }
  }

  async #sum(where: Record<string, unknown>, upTo?: DateTime) {
    const row = await db
      .from('milk_collections')
      .where({ ...where, outcome: 'accepted' })
      .if(upTo, (query) => query.where('collected_at', '<=', upTo!.toJSDate()))
      .sum('quantity_litres as total')
      .first()
    return Number(row?.total ?? 0)
  }
}
