import { MEMBER_ROLES, mayLeave, memberRolesFor } from '#accounts/membership_rules'
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
    photoUrl: z.string().nullable().meta({
      description:
        'GET it for the member’s photo (those who see the organisation may); null: no photo',
    }),
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
    canLeave: z.boolean().meta({
      description:
        "Whether the caller may leave this organisation now (accounts' rule, the one DELETE .../members/{their id} applies): a member who is neither its owner nor platform staff",
    }),
  })
)

/** A person as a member of `organisationId` (their photo's link only while they belong to it). */
export function member(user: User, organisationId?: number): z.infer<typeof memberSchema> {
  const photoUrl =
    user.photoKey && organisationId && user.organisationId === organisationId
      ? `/api/v1/organisations/${organisationId}/members/${user.id}/photo`
      : null
  return { id: user.id, phone: user.phone, name: user.name, role: user.role, photoUrl }
}

/** An organisation with its owner and members (members are preloaded), as `viewer` sees it. */
export default class OrganisationTransformer {
  static toJSON(organisation: Organisation, viewer: User): z.infer<typeof organisationSchema> {
    return {
      ...organisationSummary(organisation),
      ownerId: organisation.ownerId,
      createdAt: toIso(organisation.createdAt),
      members: (organisation.members ?? []).map((user) => member(user, organisation.id)),
      memberRoles: memberRolesFor(viewer, organisation),
      canLeave: mayLeave(viewer, organisation),
    }
  }
}
