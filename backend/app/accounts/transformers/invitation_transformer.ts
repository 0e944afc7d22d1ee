import type OrganisationInvitation from '#accounts/models/organisation_invitation'
import { INVITATION_STATUSES } from '#accounts/models/organisation_invitation'
import {
  organisationSummary,
  organisationSummarySchema,
  roleSchema,
} from '#accounts/transformers/user_transformer'
import { member, memberSchema } from '#accounts/transformers/organisation_transformer'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const invitationSchema = named(
  'Invitation',
  z.object({
    id: id(),
    organisation: organisationSummarySchema,
    role: roleSchema,
    status: z.enum(INVITATION_STATUSES),
    invitedBy: z.object({ id: id(), name: z.string().nullable() }).nullable(),
    invitee: memberSchema.optional().meta({
      description:
        'Only on the organisation’s side (GET /organisations/{id}/invitations, POST .../members)',
    }),
    expiresAt: isoDateTime(),
    answeredAt: isoDateTime().nullable(),
    createdAt: isoDateTime(),
  })
)

/**
 * An invitation to join an organisation; `invitee` only for the
 * organisation's side (the invitee knows who they are).
 */
export default class InvitationTransformer {
  static toJSON(invitation: OrganisationInvitation): z.infer<typeof invitationSchema> {
    const invitedBy = invitation.invitedBy
    return {
      id: invitation.id,
      organisation: organisationSummary(invitation.organisation),
      role: invitation.role,
      status: invitation.currentStatus,
      invitedBy: invitedBy ? { id: invitedBy.id, name: invitedBy.name } : null,
      ...(invitation.$preloaded.user ? { invitee: member(invitation.user) } : {}),
      expiresAt: toIso(invitation.expiresAt),
      answeredAt: toIso(invitation.answeredAt),
      createdAt: toIso(invitation.createdAt),
    }
  }
}
