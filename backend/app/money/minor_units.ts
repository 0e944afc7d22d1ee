import { CURRENCY_DIGITS } from '#money/ledger_accounts'

/** Minor units as the providers write amounts: whole shillings, francs (45000 -> 450.00 KES is 450). */
export function toMajor(minor: number, currency: string) {
  return minor / 10 ** CURRENCY_DIGITS[currency]
}

/** A provider's amount ("1000", 1000, "450.50") in minor units, or null when it is not one. */
export function toMinor(major: unknown, currency: string): number | null {
  if (typeof major !== 'string' && typeof major !== 'number') return null
  if (typeof major === 'string' && !/^\d+(\.\d+)?$/.test(major.trim())) return null
  const minor = Math.round(Number(major) * 10 ** (CURRENCY_DIGITS[currency] ?? 0))
  return Number.isSafeInteger(minor) ? minor : null
}
