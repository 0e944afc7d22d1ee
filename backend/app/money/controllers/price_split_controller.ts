import type { HttpContext } from '@adonisjs/core/http'
import { splitOnOrder } from '#money/commission'
import { priceSplitValidator } from '#money/validators/price_split'

/**
 * GET /api/v1/price-split?amount=&currency=: what a price typed before any
 * carrier has the order splits into, so the bid and post forms show the
 * carrier's net and the shipper's total by the rule settlement posts.
 */
export default class PriceSplitController {
  async show({ request }: HttpContext) {
    const { amount, currency } = await request.validateUsing(priceSplitValidator)
    return splitOnOrder({ currency, commissionBasisPoints: null }, amount)
  }
}
