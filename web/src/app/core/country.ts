import { Injectable, computed, inject } from '@angular/core';
import { Country } from './api/api-types';
import { countryValues } from './api/openapi-enums';
import { Session } from './auth/session';
import { Settings } from './config/settings';

export type { Country };

/** The countries Njia serves, in the API's order (the sign-in lists them so). */
export const COUNTRIES: readonly Country[] = countryValues;

export function isCountry(value: unknown): value is Country {
  return typeof value === 'string' && (COUNTRIES as readonly string[]).includes(value);
}

/** Where someone lives by their clock: the capitals' time zones. */
const COUNTRY_BY_TIME_ZONE: Record<string, Country> = {
  'Africa/Dakar': 'SN',
  'Africa/Nairobi': 'KE',
  'Africa/Dar_es_Salaam': 'TZ',
  'Africa/Kampala': 'UG',
};

/** For a bare language: French is Senegal's, Swahili Tanzania's (its most spoken). */
const COUNTRY_BY_LANGUAGE: Record<string, Country> = { fr: 'SN', sw: 'TZ' };

/**
 * The country a visitor most likely phones from, before they say: the
 * browser's time zone, else a region in its languages ("fr-SN"), else its
 * language, else the deployment's default.
 */
export function guessCountry(
  fallback: Country,
  timeZone: string | undefined = Intl.DateTimeFormat().resolvedOptions().timeZone,
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Country {
  const byZone = timeZone ? COUNTRY_BY_TIME_ZONE[timeZone] : undefined;
  if (byZone) return byZone;
  for (const tag of languages) {
    const region = tag.split('-')[1]?.toUpperCase();
    if (isCountry(region)) return region;
  }
  for (const tag of languages) {
    const byLanguage = COUNTRY_BY_LANGUAGE[tag.toLowerCase().split('-')[0]];
    if (byLanguage) return byLanguage;
  }
  return fallback;
}

/** A country's name in the given language ("Sénégal", "Kenya"). */
export function countryName(country: Country, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country;
}

/**
 * The signed-in account's country (its organisation's, else its phone's, as
 * the server says), else the deployment's default: what the currency, the
 * map's first view and phones typed without "+" follow.
 */
@Injectable({ providedIn: 'root' })
export class HomeCountry {
  private readonly session = inject(Session);
  private readonly settings = inject(Settings);

  readonly code = computed<Country>(() => {
    const user = this.session.user();
    const country = user?.country ?? user?.organisation?.country;
    if (isCountry(country)) return country;
    const fallback = this.settings.current()?.defaultCountry;
    return isCountry(fallback) ? fallback : 'KE';
  });
}
