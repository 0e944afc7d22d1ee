import type Organisation from '#accounts/models/organisation'
import { organisationSummary } from '#accounts/transformers/user_transformer'

/** An organisation with its owner and members (members are preloaded). */
export default class OrganisationTransformer {
  static toJSON(organisation: Organisation) {
    return {
      ...organisationSummary(organisation),
      ownerId: organisation.ownerId,
      createdAt: organisation.createdAt.toISO(),
      members: (organisation.members ?? []).map((member) => ({
        id: member.id,
        phone: member.phone,
        name: member.name,
        role: member.role,
      })),
    }
  }
}
