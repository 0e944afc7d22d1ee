import { MEMBER_ROLES, memberRolesFor } from '#accounts/membership_rules'
import type Organisation from '#accounts/models/organisation'
import type User from '#accounts/models/user'
import {
  organisationSummary,
  organisationSummarySchema,
  roleSchema,
} from '#accounts/transformers/user_transformer'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

/** A member as the organisation's side sees them (in an organisation, or invited to it). */
export const memberSchema = named(
  'Member',
  z.object({
    id: id(),
    phone: z.string().meta({ examples: ['+254712345678'] }),
    name: z.string().nullable(),
    role: roleSchema,
  })
)

export const organisationSchema = named(
  'Organisation',
  organisationSummarySchema.extend({
    ownerId: id().nullable(),
    createdAt: isoDateTime(),
    members: z.array(memberSchema),
    memberRoles: z.array(z.enum(MEMBER_ROLES)).meta({
      description:
        "The roles the caller may give a new member now (accounts' rule, the one POST .../members applies); empty: the caller may not add members",
    }),
  })
)

export function member(user: User): z.infer<typeof memberSchema> {
  return { id: user.id, phone: user.phone, name: user.name, role: user.role }
}

/** An organisation with its owner and members (members are preloaded), as `viewer` sees it. */
export default class OrganisationTransformer {
  static toJSON(organisation: Organisation, viewer: User): z.infer<typeof organisationSchema> {
    return {
      ...organisationSummary(organisation),
      ownerId: organisation.ownerId,
      createdAt: toIso(organisation.createdAt),
      members: (organisation.members ?? []).map(member),
      memberRoles: memberRolesFor(viewer, organisation),
    }
  }
}
