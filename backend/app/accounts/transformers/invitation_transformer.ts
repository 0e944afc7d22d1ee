import type OrganisationInvitation from '#accounts/models/organisation_invitation'
import { organisationSummary } from '#accounts/transformers/user_transformer'

/**
 * { id, organisation, role, status, invitedBy, invitee?, expiresAt, answeredAt, createdAt }.
 * `invitee` only for the organisation's side (the invitee knows who they are).
 */
export default class InvitationTransformer {
  static toJSON(invitation: OrganisationInvitation) {
    const invitedBy = invitation.invitedBy
    const invitee = invitation.$preloaded.user ? invitation.user : null
    return {
      id: invitation.id,
      organisation: organisationSummary(invitation.organisation),
      role: invitation.role,
      status: invitation.currentStatus,
      invitedBy: invitedBy ? { id: invitedBy.id, name: invitedBy.name } : null,
      ...(invitee
        ? {
            invitee: {
              id: invitee.id,
              phone: invitee.phone,
              name: invitee.name,
              role: invitee.role,
            },
          }
        : {}),
      expiresAt: invitation.expiresAt.toISO(),
      answeredAt: invitation.answeredAt?.toISO() ?? null,
      createdAt: invitation.createdAt.toISO(),
    }
  }
}
