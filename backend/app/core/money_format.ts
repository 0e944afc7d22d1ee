/*
 * The one money format, imported by the API (`#core/money_format`: SMS,
 * notifications, USSD) and by the web app (`@njia/money-format`, a `paths`
 * entry in web/tsconfig.json; docker/web.Dockerfile copies this file). It
 * must stay self-contained (no import), since the web build compiles it too.
 */

/**
 * The currencies Njia moves money in (docs/architecture.md, "Markets"): the
 * digits of each one's minor unit (ISO 4217) and the country whose money it
 * is. How an amount is written: `formatMoney`.
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

/**
 * How each currency's unit is written, and on which side of the amount: as
 * the money is written where it is used, whatever the reader's language
 * (a Senegalese price reads `45 000 FCFA`, a Kenyan one `KES 45,000`).
 */
const UNITS: Record<Currency, { label: string; after: boolean }> = {
  XOF: { label: 'FCFA', after: true },
  KES: { label: 'KES', after: false },
  TZS: { label: 'TZS', after: false },
  UGX: { label: 'UGX', after: false },
}

/** Between the amount and its unit, so a line never breaks inside a price. */
const NO_BREAK_SPACE = '\u00a0'

const formats = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: string, fractionDigits: number) {
  const key = `${locale}\u0000${fractionDigits}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    })
    formats.set(key, format)
  }
  return format
}

/**
 * An amount in the currency's minor unit. The unit and its place are the
 * currency's (`UNITS`): `FCFA` after the amount, the ISO code of a shilling
 * before it. The digits are the reader's language's (Intl: groups and
 * decimal mark): `40 500 FCFA` (fr), `40,500 FCFA` (en, sw); `KES 45,000`
 * and `KES 45,000.50` (en, sw), `KES 45 000,50` (fr). The cents are dropped
 * from a whole amount; a no-break space joins unit and amount. Every amount
 * the API writes (notifications, SMS, USSD) and the web app shows goes
 * through here. A currency Njia does not move is left to Intl.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  if (!isCurrency(currency)) {
    const intl = new Intl.NumberFormat(locale, { style: 'currency', currency })
    return intl.format(minor / 10 ** intl.resolvedOptions().maximumFractionDigits!)
  }
  const { minorDigits } = CURRENCY[currency]
  const whole = minor % 10 ** minorDigits === 0
  const amount = numberFormat(locale, whole ? 0 : minorDigits).format(minor / 10 ** minorDigits)
  const unit = UNITS[currency]
  return unit.after
    ? `${amount}${NO_BREAK_SPACE}${unit.label}`
    : `${unit.label}${NO_BREAK_SPACE}${amount}`
}
