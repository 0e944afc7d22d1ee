import { Currency, MINOR_DIGITS } from './order-types';

/** "KES 1,500.50" / "XOF 25 000" from minor units, in the page's language. */
export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  const digits = MINOR_DIGITS[currency as Currency] ?? 0;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    }).format(amount / 10 ** digits);
  } catch {
    return `${currency} ${(amount / 10 ** digits).toFixed(digits)}`;
  }
}

/** A date and time in the page's language (Intl, so no Angular locale data to ship). */
export function formatDateTime(
  iso: string | null | undefined,
  locale = 'en',
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return date.toISOString();
  }
}
