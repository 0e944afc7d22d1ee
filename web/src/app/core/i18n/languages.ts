import { Locale } from '../api/api-types';
import { localeValues } from '../api/openapi-enums';

/** Each language named in itself, for the switcher. */
const NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', sw: 'Kiswahili' };

/** The languages Njia speaks: the API's (`Locale`). */
export const LOCALES: readonly Locale[] = localeValues;

export const LANGUAGES: readonly { code: Locale; name: string }[] = LOCALES.map((code) => ({
  code,
  name: NAMES[code],
}));

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
