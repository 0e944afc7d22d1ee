import type User from '#accounts/models/user'
import accountsConfig from '#config/accounts'
import { countryOfPhone, type SupportedCountry } from '#core/phone'

/**
 * The country an account lives in: its organisation's, else its phone's.
 * Phones typed without "+", the currency and the map's first view follow it.
 * Expects `organisation` preloaded when the user has one.
 */
export function accountCountry(user: User): SupportedCountry {
  const country = user.organisationId ? user.organisation?.country : countryOfPhone(user.phone)
  return (country ?? accountsConfig.defaultCountry) as SupportedCountry
}

export function isSupportedCountry(value: unknown): value is SupportedCountry {
  return (accountsConfig.countries as readonly unknown[]).includes(value)
}
