import Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'
import { accountCountry, isSupportedCountry } from '#accounts/account_country'
import type { PhoneMeta } from '#core/validators/rules/phone'

/**
 * In which country a request's phones typed without "+" are read: the
 * validation options (`meta.phoneCountry`) a controller gives its validator.
 */
export default class PhoneCountryService {
  /** A user's own phones: in their account's country (`accountCountry`). */
  async of(user: User): Promise<{ meta: PhoneMeta }> {
    if (user.organisationId && !user.organisation) await user.load('organisation')
    return { meta: { phoneCountry: accountCountry(user) } }
  }

  /**
   * Phones of someone else's account (an admin opening one, a cooperative's
   * manager) are read in the country the request names (a cooperative's
   * `country`, or the country of the organisation the account joins), else in
   * the actor's own. The input is the raw request's: it is validated after.
   */
  async named(
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
    return this.of(actor)
  }
}
