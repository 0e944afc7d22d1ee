import type { Locale } from '#core/locales'

/**
 * The currencies Njia moves money in (docs/architecture.md, "Markets"), and
 * how an amount of each is written for people: the one money format of the
 * API's texts (notifications, SMS receipts, USSD screens). The web app
 * writes money by the same rule (web/src/app/core/money.ts, `formatMoney`).
 */
export const CURRENCY = {
  /** The CFA franc of Senegal: no minor unit; Senegal writes `45 000 FCFA`, not Intl's `F CFA`. */
  XOF: { minorDigits: 0, country: 'SN', label: 'FCFA' },
  /**
   * The shillings by their ISO code (`KES 45,000`), as on invoices and
   * receipts, rather than Intl's symbol, which changes with the locale
   * (Ksh, KSh, TSh, USh).
   */
  KES: { minorDigits: 2, country: 'KE', label: 'KES' },
  TZS: { minorDigits: 2, country: 'TZ', label: 'TZS' },
  UGX: { minorDigits: 0, country: 'UG', label: 'UGX' },
} as const satisfies Record<string, { minorDigits: number; country: string; label: string }>

/** In the order the API lists them. */
export type Currency = keyof typeof CURRENCY
export const CURRENCIES = Object.keys(CURRENCY) as [Currency, ...Currency[]]

export function isCurrency(code: string): code is Currency {
  return Object.hasOwn(CURRENCY, code)
}

const formats = new Map<string, Intl.NumberFormat>()

/**
 * An amount in the currency's minor unit the way the reader's language
 * writes it in the currency's country: `KES 45,000`, `KES 45,000.50`,
 * `45 000 FCFA`; cents only when there are some, none a currency does not
 * have. A currency Njia does not know keeps Intl's own digits and its code.
 */
export function formatMoney(minor: number, currency: string, locale: Locale) {
  const facts = isCurrency(currency) ? CURRENCY[currency] : null
  const region = facts ? `${locale}-${facts.country}` : locale
  const minorDigits =
    facts?.minorDigits ??
    new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits!
  const digits = minor % 10 ** minorDigits === 0 ? 0 : minorDigits
  const key = `${region}\u0000${currency}\u0000${digits}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(region, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    formats.set(key, format)
  }
  return format
    .formatToParts(minor / 10 ** minorDigits)
    .map((part) => (part.type === 'currency' ? (facts?.label ?? part.value) : part.value))
    .join('')
}
