import { Locale } from '../api/api-types';

/** The languages Njia speaks, each named in itself for the switcher. */
export const LANGUAGES: readonly { code: Locale; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'sw', name: 'Kiswahili' },
];

export const LOCALES: readonly Locale[] = LANGUAGES.map((l) => l.code);

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
