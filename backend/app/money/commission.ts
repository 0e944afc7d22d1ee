import { CURRENCY } from '#core/money_format'
import moneyConfig from '#config/money'
import type { CommissionTerms, PriceSplit } from '#orders/services/order_payments'

/**
 * The platform's commission in the currency's country now, in basis points
 * (1000 = 10 %): PLATFORM_COMMISSION_PERCENT(_BY_COUNTRY). It is fixed on an
 * order when a carrier gets it; settlement reads the order's.
 */
export function commissionRateFor(currency: string) {
  const country = CURRENCY[currency as keyof typeof CURRENCY]?.country
  const { percentByCountry, defaultPercent } = moneyConfig.commission
  return Math.round((percentByCountry[country] ?? defaultPercent) * 100)
}

/**
 * The one split of a price: the shipper pays `total`, the platform keeps the
 * commission (whole minor units, rounded down) and the carrier nets the rest.
 * Settlement posts it; the bid, accept and post screens show it.
 */
export function splitPrice(total: number, basisPoints: number): PriceSplit {
  const commission = Math.floor((total * basisPoints) / 10_000)
  return { total, basisPoints, commission, net: total - commission }
}

/** `total` split on an order: at its rate fixed when a carrier got it, else at the rate now. */
export function splitOnOrder(order: CommissionTerms, total: number) {
  return splitPrice(total, order.commissionBasisPoints ?? commissionRateFor(order.currency))
}
