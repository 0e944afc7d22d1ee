import { Pipe, PipeTransform, inject } from '@angular/core';
import { Language } from './language';

/**
 * The app's one place that writes numbers, quantities and dates for people
 * (money is `formatMoney` in core/money.ts): Intl in the user's language, so
 * `8 000 kg` and `12,5` in French, `8,000 kg` in English, `kg 8,000` in
 * Swahili (CLDR's order, as the Swahili texts write units). Formatters are
 * kept, as building one costs more than using it.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(language, options)));
  return format;
}

/**
 * A date and time in the user's language (Intl, so no Angular locale data to
 * ship); '' for a missing or unreadable one.
 */
export function formatDateTime(
  iso: string | null | undefined,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const key = `${language} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(language, options)));
  return format.format(date);
}

/** A number in the user's language: `12,500` (en), `12 500` (fr). */
export function formatNumber(
  value: number,
  language: string,
  options: Intl.NumberFormatOptions = {},
): string {
  return numberFormat(language, options).format(value);
}

/**
 * A distance given in metres, as kilometres for a text that names the unit
 * itself ("{{ km }} km away"): one decimal under 10 km (`2.5`, `2,5`), whole
 * kilometres beyond (`120`).
 */
export function formatKm(metres: number | null | undefined, language: string): string {
  const km = (metres ?? 0) / 1000;
  return formatNumber(km, language, { maximumFractionDigits: km < 10 ? 1 : 0 });
}

/** A weight with its unit where the language puts it: `8 000 kg`, `8,000 kg`, `kg 8,000`. */
export function formatWeight(kg: number | null | undefined, language: string): string {
  if (kg === null || kg === undefined) return '';
  return numberFormat(language, {
    style: 'unit',
    unit: 'kilogram',
    maximumFractionDigits: 1,
  }).format(kg);
}

/** `{{ order.cargo.weightKg | weight }}`: follows the language when it changes. */
@Pipe({ name: 'weight', pure: false })
export class WeightPipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(kg: number | null | undefined): string {
    return formatWeight(kg, this.language.current());
  }
}

/** `{{ value | localNumber }}` or `{{ value | localNumber: { maximumFractionDigits: 0 } }}`. */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(value: number | null | undefined, options: Intl.NumberFormatOptions = {}): string {
    return value === null || value === undefined
      ? ''
      : formatNumber(value, this.language.current(), options);
  }
}
