import type { Locale } from '#core/locales'

/**
 * The currencies Njia moves money in (docs/architecture.md, "Markets"): the
 * digits of each one's minor unit (ISO 4217) and the country whose money it
 * is. How an amount is written is Intl's business, not ours (`formatMoney`).
 * The web app's table is this one, generated (`currencyFacts` in
 * web/src/app/core/api/openapi-enums.ts, from the `Currency` schema).
 */
export const CURRENCY = {
  XOF: { minorDigits: 0, country: 'SN' },
  KES: { minorDigits: 2, country: 'KE' },
  TZS: { minorDigits: 2, country: 'TZ' },
  UGX: { minorDigits: 0, country: 'UG' },
} as const satisfies Record<string, { minorDigits: number; country: string }>

/** In the order the API lists them. */
export type Currency = keyof typeof CURRENCY
export const CURRENCIES = Object.keys(CURRENCY) as [Currency, ...Currency[]]

/** The money of a country Njia serves. */
export function currencyOf(country: string): Currency | null {
  return CURRENCIES.find((code) => CURRENCY[code].country === country) ?? null
}

export function isCurrency(code: string): code is Currency {
  return Object.hasOwn(CURRENCY, code)
}

const formats = new Map<string, Intl.NumberFormat>()

/**
 * An amount in the currency's minor unit exactly as Intl writes it in the
 * reader's language: `450 000 F CFA` (fr), `KES 45,000` and `KES 45,000.50`
 * (en), `Ksh 45,000` (sw); the cents dropped from a whole amount. The one
 * money format of the API's texts (notifications, SMS receipts, USSD
 * screens); the web app writes money by the same rule
 * (web/src/app/core/money.ts, `formatMoney`).
 */
export function formatMoney(minor: number, currency: string, locale: Locale) {
  const minorDigits = isCurrency(currency)
    ? CURRENCY[currency].minorDigits
    : new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits!
  const whole = minor % 10 ** minorDigits === 0
  const key = `${locale}\u0000${currency}\u0000${whole}`
  let format = formats.get(key)
  if (!format) {
    const digits = whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, ...digits })
    formats.set(key, format)
  }
  return format.format(minor / 10 ** minorDigits)
}
