import type { Country, Currency, Locale } from './api/api-types';
import { currencyFacts, currencyValues } from './api/openapi-enums';

/**
 * Money as the API carries it: an integer in the currency's minor unit with
 * its ISO 4217 code (docs/architecture.md). Everything the app knows about a
 * currency is in `CURRENCY`, and every amount is shown by `formatMoney`.
 */
export type { Currency };

interface CurrencyFacts {
  /** Digits of the minor unit (ISO 4217): XOF and UGX have none. */
  minorDigits: number;
  /** Where it is the money (a new load's currency follows the account's country). */
  country: Country;
}

/**
 * The API's table (backend/app/core/money_format.ts), generated into
 * openapi-enums.ts: never the browser's Intl digits, since a browser whose
 * ICU disagreed would scale a typed amount by 100.
 */
export const CURRENCY: Readonly<Record<Currency, CurrencyFacts>> = currencyFacts;

/** In the API's order. */
export const CURRENCIES: readonly Currency[] = currencyValues;

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

const formats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in minor units exactly as Intl writes it in the user's language:
 * `450 000 F CFA` (fr), `KES 45,000` and `KES 45,000.50` (en), `Ksh 45,000`
 * (sw), never `.00` on a whole amount. The app's one money format (the API's
 * texts follow the same rule: backend/app/core/money_format.ts).
 */
export function formatMoney(minor: number, currency: Currency, language: Locale): string {
  const whole = minor % 10 ** CURRENCY[currency].minorDigits === 0;
  const key = `${language} ${currency} ${whole}`;
  let format = formats.get(key);
  if (!format) {
    // Whole amounts without `.00`, spelt out rather than by `trailingZeroDisplay`, which older phones' browsers ignore.
    const digits = whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
    format = new Intl.NumberFormat(language, { style: 'currency', currency, ...digits });
    formats.set(key, format);
  }
  return format.format(toMajor(minor, currency));
}
