import type User from '#accounts/models/user'
import type Organisation from '#accounts/models/organisation'

/** The organisation as shown inside a user. */
export function organisationSummary(organisation: Organisation) {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    country: organisation.country,
  }
}

/**
 * The User the web app relies on:
 * { id, phone, name, role, locale, organisation: {id,name,kind,country} | null, createdAt }.
 * Expects `organisation` preloaded when the user has one.
 */
export default class UserTransformer {
  static toJSON(user: User) {
    return {
      id: user.id,
      phone: user.phone,
      name: user.name,
      role: user.role,
      locale: user.locale,
      organisation: user.organisation ? organisationSummary(user.organisation) : null,
      createdAt: user.createdAt.toISO(),
    }
  }
}
