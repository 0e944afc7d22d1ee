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
  return new Intl.DateTimeFormat(language, options).format(date);
}

/** A number in the user's language: `12,500` (en), `12 500` (fr). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
