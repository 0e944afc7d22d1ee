import type User from '#accounts/models/user'
import { ROLES } from '#accounts/models/user'
import type Organisation from '#accounts/models/organisation'
import { ORGANISATION_KINDS } from '#accounts/models/organisation'
import { countrySchema, localeSchema } from '#core/contract/enums'
import { accountCountry } from '#accounts/account_country'
import { CAPABILITIES, type Capability } from '#accounts/services/user_capabilities'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

/** The roles an account may have (`ROLES`). */
export const roleSchema = named('Role', z.enum(ROLES))

export const organisationSummarySchema = named(
  'OrganisationSummary',
  z.object({
    id: id(),
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    country: countrySchema,
  })
)

export const userSchema = named(
  'User',
  z.object({
    id: id(),
    phone: z.string().meta({ description: 'E.164', examples: ['+254712345678'] }),
    name: z.string().nullable(),
    role: roleSchema,
    locale: localeSchema,
    country: countrySchema.meta({
      description:
        "The account's country: its organisation's, else its phone's. Phones typed without + are read in it.",
    }),
    organisation: organisationSummarySchema.nullable(),
    hasPhoto: z.boolean().meta({
      description: 'Whether they have a photo: their own at GET /me/photo',
    }),
    createdAt: isoDateTime(),
  })
)

/** What a signed-in user may do (`UserCapabilities`): the web app opens its pages and menus by it. */
export const capabilitySchema = named('Capability', z.enum(CAPABILITIES))

export const meSchema = named(
  'Me',
  userSchema.extend({
    capabilities: z.array(capabilitySchema).meta({
      description:
        'What you may do, each the answer of the policy guarding the endpoints behind it; the app shows pages and menus by it, the API still checks every request',
    }),
  })
)

/** The organisation as shown inside a user. */
export function organisationSummary(
  organisation: Organisation
): z.infer<typeof organisationSummarySchema> {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    country: organisation.country,
  }
}

/** The signed-in user, or a member. Expects `organisation` preloaded when the user has one. */
export default class UserTransformer {
  static toJSON(user: User): z.infer<typeof userSchema> {
    return {
      id: user.id,
      phone: user.phone,
      name: user.name,
      role: user.role,
      locale: user.locale,
      country: accountCountry(user),
      organisation: user.organisation ? organisationSummary(user.organisation) : null,
      hasPhoto: Boolean(user.photoKey),
      createdAt: toIso(user.createdAt),
    }
  }

  /** The signed-in user with what they may do. */
  static me(user: User, capabilities: Capability[]): z.infer<typeof meSchema> {
    return { ...UserTransformer.toJSON(user), capabilities }
  }
}
