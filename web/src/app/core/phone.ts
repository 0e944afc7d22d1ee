import {
  type MetadataJson,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import { Country, isCountry } from './country';
import phoneMetadata from './phone-metadata.json';

/**
 * libphonenumber's rules for our countries only (scripts/phone-metadata.mjs):
 * ~1 kB in the sign-in bundle instead of ~80 kB for every country.
 */
const METADATA = phoneMetadata as unknown as MetadataJson;

/**
 * The app's one check of a phone number, as people type it ("+254 712 345
 * 678", "0712345678", "(0)77-123-45-67"): it catches typos before a round
 * trip. The server parses it for its country and E.164 form
 * (backend/app/core/phone.ts, libphonenumber-js) and has the last word.
 * Empty is fine here (whether a number is required is the form's business).
 */
export function looksLikePhone(text: string): boolean {
  const value = text.trim();
  if (!value) return true;
  if (!/^\+?[\d\s().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** "+221" */
export function callingCode(country: Country): string {
  return `+${getCountryCallingCode(country, METADATA)}`;
}

/**
 * What someone typed as the E.164 number it names, read in `country` unless
 * it starts with "+" (a typed "+221" wins): "77 123 45 01" in Senegal is
 * "+221771234501". Null unless it is a valid number of a country we serve.
 */
export function toE164(value: string, country: Country): string | null {
  const phone = parsePhoneNumberFromString(value.trim(), country, METADATA);
  return phone?.isValid() && isCountry(phone.country) ? phone.number : null;
}
