import { CURRENCY } from '#core/money_format'
import moneyConfig from '#config/money'

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
