import type { Country, Currency } from './api/api-types';
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

/**
 * Every amount the app shows: the API's one money format (`40 500 FCFA`,
 * `KES 45,000`), the same file the API writes its texts with
 * (backend/app/core/money_format.ts, `@njia/money-format`).
 */
export { formatMoney } from '@njia/money-format';
