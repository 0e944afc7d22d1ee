import type User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
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

function isSupportedCountry(value: unknown): value is SupportedCountry {
  return (accountsConfig.countries as readonly unknown[]).includes(value)
}

/** Validation options that read phones typed without "+" in the account's country. */
export async function phonesOf(user: User): Promise<{ meta: PhoneMeta }> {
  if (user.organisationId && !user.organisation) await user.load('organisation')
  return { meta: { phoneCountry: accountCountry(user) } }
}

/**
 * Phones of someone else's account (an admin opening one, a cooperative's
 * manager) are read in the country the request names (a cooperative's
 * `country`, or the country of the organisation the account joins), else in
 * the actor's own. The input is the raw request's: it is validated after.
 */
export async function phonesFor(
  actor: User,
  named: { country?: unknown; organisationId?: unknown }
): Promise<{ meta: PhoneMeta }> {
  if (isSupportedCountry(named.country)) return { meta: { phoneCountry: named.country } }
  const organisationId = Number(named.organisationId)
  if (named.organisationId !== undefined && Number.isSafeInteger(organisationId)) {
    const organisation = await Organisation.find(organisationId)
    if (organisation && isSupportedCountry(organisation.country)) {
      return { meta: { phoneCountry: organisation.country } }
    }
  }
  return phonesOf(actor)
}
