import type { Locale } from './api/api-types';
import type { components } from './api/openapi';

/**
 * Money as the API carries it: an integer in the currency's minor unit with
 * its ISO 4217 code (docs/architecture.md). Everything the app knows about a
 * currency is in `CURRENCY`, and every amount is shown by `formatMoney`.
 */
export type Currency = NonNullable<components['schemas']['Order']['currency']>;
type Country = components['schemas']['OrganisationSummary']['country'];

interface CurrencyFacts {
  /** Digits of the minor unit (ISO 4217): XOF and UGX have none. */
  minorDigits: number;
  /** Where it is the money: its region when formatting (`fr-SN`, `sw-KE`). */
  country: Country;
  /**
   * What stands beside the amount, where the language puts the currency: the
   * shillings by their ISO code (`KES 45,000`), as on invoices and receipts,
   * rather than Intl's symbol, which changes with the locale (Ksh, KSh, TSh,
   * USh); the CFA franc as Senegal writes it (`45 000 FCFA`), not as Intl
   * does (`F CFA`).
   */
  label: string;
}

export const CURRENCY: Readonly<Record<Currency, CurrencyFacts>> = {
  KES: { minorDigits: 2, country: 'KE', label: 'KES' },
  TZS: { minorDigits: 2, country: 'TZ', label: 'TZS' },
  UGX: { minorDigits: 0, country: 'UG', label: 'UGX' },
  XOF: { minorDigits: 0, country: 'SN', label: 'FCFA' },
};

export const CURRENCIES = Object.keys(CURRENCY) as Currency[];

/** The money of a country (an organisation's), else KES. */
export function currencyOf(country: string | null | undefined): Currency {
  return CURRENCIES.find((c) => CURRENCY[c].country === country) ?? 'KES';
}

/** What people type (1500.50 KES) to the API's minor units (150050). */
export function toMinor(major: number, currency: Currency): number {
  return Math.round(major * 10 ** CURRENCY[currency].minorDigits);
}

export function toMajor(minor: number, currency: Currency): number {
  return minor / 10 ** CURRENCY[currency].minorDigits;
}

/** Whether a typed amount fits the minor unit: 1500.50 KES does, 1500.50 XOF does not. */
export function fitsMinorUnit(major: number, currency: Currency): boolean {
  const scaled = major * 10 ** CURRENCY[currency].minorDigits;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * An amount in minor units the way the user's language writes it in the
 * currency's country: `KES 45,000` and `KES 45,000.50` (en), `45 000 FCFA`
 * (fr), never cents a currency does not have, nor `.00` on a whole amount.
 * The app's one money format (the API's texts follow the same rule:
 * backend/app/core/money_format.ts).
 */
export function formatMoney(minor: number, currency: Currency, language: Locale): string {
  const { minorDigits, country, label } = CURRENCY[currency];
  const digits = minor % 10 ** minorDigits === 0 ? 0 : minorDigits;
  return new Intl.NumberFormat(`${language}-${country}`, {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
    .formatToParts(toMajor(minor, currency))
    .map((part) => (part.type === 'currency' ? label : part.value))
    .join('');
}
