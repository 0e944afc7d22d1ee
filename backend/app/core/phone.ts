import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js'
import accountsConfig from '#config/accounts'
import type { Locale } from '#core/locales'

export type SupportedCountry = (typeof accountsConfig.countries)[number]

const LOCALE_BY_COUNTRY: Record<SupportedCountry, Locale> = {
  SN: 'fr',
  KE: 'en',
  TZ: 'sw',
  UG: 'en',
}

/** The clock a person of each country lives by (quiet hours, local dates). */
const TIME_ZONE_BY_COUNTRY: Record<SupportedCountry, string> = {
  SN: 'Africa/Dakar',
  KE: 'Africa/Nairobi',
  TZ: 'Africa/Dar_es_Salaam',
  UG: 'Africa/Kampala',
}

export interface NormalisedPhone {
  /** E.164, e.g. +254712345678 */
  e164: string
  country: SupportedCountry
}

/**
 * A phone number as users type it ("0712 345 678", "+221 77 123 45 67")
 * becomes E.164, for the countries we serve only.
 */
export function parsePhone(
  input: string,
  defaultCountry: string = accountsConfig.defaultCountry
): NormalisedPhone | null {
  let phone = parsePhoneNumberFromString(input, defaultCountry as CountryCode)
  // "254712345678" (international digits without "+", or a "+" lost to URL decoding)
  if ((!phone || !phone.isValid()) && /^\s*\d{9,15}\s*$/.test(input)) {
    phone = parsePhoneNumberFromString(`+${input.trim()}`)
  }
  if (!phone || !phone.isValid() || !phone.country) return null
  if (!(accountsConfig.countries as readonly string[]).includes(phone.country)) return null
  return { e164: phone.number, country: phone.country as SupportedCountry }
}

export function normalisePhone(input: string, defaultCountry?: string): string | null {
  return parsePhone(input, defaultCountry)?.e164 ?? null
}

/** The country of a number we serve, else null. */
export function countryOfPhone(e164: string): SupportedCountry | null {
  return parsePhone(e164)?.country ?? null
}

/** The language people of that number's country most likely read. */
export function localeForPhone(e164: string): Locale {
  const parsed = parsePhone(e164)
  return parsed ? LOCALE_BY_COUNTRY[parsed.country] : 'en'
}

/** The time zone of a phone's country; UTC for a number we cannot place. */
export function timeZoneOfPhone(e164: string): string {
  const parsed = parsePhone(e164)
  return parsed ? TIME_ZONE_BY_COUNTRY[parsed.country] : 'UTC'
}

/** A run of nine or more digits, however spaced or punctuated: a phone number spelled to slip through. */
const DIGIT_RUN = /\+?\d(?:[\s.\-()/]*\d){8,}/g

/**
 * The text with every phone number replaced by "•••": numbers of the
 * countries we serve as libphonenumber finds them, and any long run of
 * digits (chat keeps parties on the platform; their numbers stay private).
 */
export function maskPhoneNumbers(text: string): string {
  let masked = text
  for (const country of accountsConfig.countries) {
    for (const found of findPhoneNumbersInText(masked, country as CountryCode).reverse()) {
      masked = masked.slice(0, found.startsAt) + '•••' + masked.slice(found.endsAt)
    }
  }
  return masked.replace(DIGIT_RUN, '•••')
}

/**
 * One E.164 number with all but its country code and last two digits
 * hidden ("+254•••••••78"): what an operator sees until they reveal it.
 */
export function maskPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164)
  const prefix = parsed ? `+${parsed.countryCallingCode}` : e164.slice(0, 1)
  const hidden = e164.length - prefix.length - 2
  return hidden > 0 ? prefix + '•'.repeat(hidden) + e164.slice(-2) : '•'.repeat(e164.length)
}
