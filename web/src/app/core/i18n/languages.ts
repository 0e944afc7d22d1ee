import { Locale } from '../api/api-types';
import { localeValues } from '../api/openapi-enums';

/**
 * The languages Njia speaks: the API's (`Locale`). Pickers name each by
 * `language.names.<code>`: each in itself in every language, so a reader
 * lost in another finds their own.
 */
export const LOCALES: readonly Locale[] = localeValues;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** First supported language among the browser's preferences ("fr-SN" -> "fr"), else English. */
export function browserLocale(
  preferences: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
