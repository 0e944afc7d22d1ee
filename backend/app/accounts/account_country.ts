import type User from '#accounts/models/user'
import accountsConfig from '#config/accounts'
import { countryOfPhone, type SupportedCountry } from '#core/phone'
import type { PhoneMeta } from '#core/validators/rules/phone'

/**
 * The country an account lives in: its organisation's, else its phone's.
 * Phones typed without "+", the currency and the map's first view follow it.
 * Expects `organisation` preloaded when the user has one.
 */
export function accountCountry(user: User): SupportedCountry {
  const country = user.organisationId ? user.organisation?.country : countryOfPhone(user.phone)
  return (country ?? accountsConfig.defaultCountry) as SupportedCountry
}

/** Validation options that read phones typed without "+" in the account's country. */
export async function phonesOf(user: User): Promise<{ meta: PhoneMeta }> {
  if (user.organisationId && !user.organisation) await user.load('organisation')
  return { meta: { phoneCountry: accountCountry(user) } }
}
