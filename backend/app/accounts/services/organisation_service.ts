import type { SupportedCountry } from '#core/phone'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import emitter from '@adonisjs/core/services/emitter'
import type {} from '#accounts/access_events'
import DomainException from '#core/exceptions/domain_exception'
import Organisation from '#accounts/models/organisation'
import User, { type Role } from '#accounts/models/user'
import type OrganisationInvitation from '#accounts/models/organisation_invitation'
import InvitationService from '#accounts/services/invitation_service'
import { localeForPhone } from '#core/phone'
import {
  kindFoundedBy,
  leaveRefusal,
  roleFitsKind,
  ROLES_BY_KIND,
} from '#accounts/membership_rules'
import { isUniqueViolation } from '#core/database_errors'

export const PLATFORM_ORGANISATION_NAME = 'Njia'

/** Carrier and shipper companies, their owners and members. */
@inject()
export default class OrganisationService {
  constructor(private invitations: InvitationService) {}

  /** The founder becomes the owner and first member. Kind follows the founder's role. */
  async create(
    founder: User,
    input: { name: string; country: SupportedCountry }
  ): Promise<Organisation> {
    const kind = kindFoundedBy(founder.role)
    if (!kind) {
      throw new DomainException('Only shippers and drivers found organisations.', {
        status: 403,
        code: 'E_AUTHORIZATION_FAILURE',
      })
    }
    if (founder.organisationId)
      throw alreadyInOrganisation('You already belong to an organisation.')

    return db.transaction(async (trx) => {
      const organisation = await Organisation.create(
        { name: input.name, country: input.country, kind, ownerId: founder.id },
        { client: trx }
      )
      founder.useTransaction(trx)
      founder.organisationId = organisation.id
      await founder.save()
      return this.withMembers(organisation)
    })
  }

  async find(id: number): Promise<Organisation> {
    const organisation = await Organisation.find(id)
    if (!organisation) throw DomainException.notFound('Organisation')
    return organisation
  }

  async withMembers(organisation: Organisation): Promise<Organisation> {
    await organisation.load('members', (query) => query.orderBy('id'))
    return organisation
  }

  /**
   * Adds a member by phone. An unknown number becomes a new account in the
   * organisation (nobody holds it yet: there is nothing of theirs to see).
   * Someone who already has an account is invited and joins only when they
   * accept (InvitationService), so no organisation takes a person, their
   * orders or their position without their yes.
   */
  async addMember(
    organisation: Organisation,
    input: { phone: string; role: Role; name?: string },
    invitedBy: User | null = null
  ): Promise<{ user: User; invitation: OrganisationInvitation | null }> {
    if (!roleFitsKind(input.role, organisation.kind)) {
      throw new DomainException(
        `A ${organisation.kind} organisation takes ${ROLES_BY_KIND[organisation.kind].join(' or ')} members.`,
        { status: 422, code: 'E_VALIDATION', field: 'role' }
      )
    }

    const existing = await User.findBy('phone', input.phone)
    if (existing) {
      if (existing.organisationId) {
        throw alreadyInOrganisation('This person already belongs to an organisation.', 'phone')
      }
      if (existing.role !== input.role) {
        throw new DomainException(
          `This person is registered as ${existing.role}; an admin can change that.`,
          { status: 409, code: 'E_ROLE_CONFLICT', field: 'role' }
        )
      }
      const invitation = await this.invitations.invite(
        organisation,
        existing,
        input.role,
        invitedBy
      )
      return { user: existing, invitation }
    }

    const user = await User.create({
      phone: input.phone,
      name: input.name ?? null,
      role: input.role,
      organisationId: organisation.id,
      locale: localeForPhone(input.phone),
    })
    await user.load('organisation')
    return { user, invitation: null }
  }

  /**
   * A member leaves (`member` is the actor) or is removed. The owner stays:
   * an organisation is never left without the one who answers for it.
   */
  async removeMember(organisation: Organisation, member: User, actor: User) {
    if (member.organisationId !== organisation.id) throw DomainException.notFound('Member')
    // Leaving is accounts' one rule (`leaveRefusal`); nobody removes the owner either.
    const refusal =
      actor.id === member.id
        ? leaveRefusal(member, organisation)
        : organisation.ownerId === member.id
          ? 'owner'
          : null
    if (refusal === 'owner') {
      throw new DomainException('The owner cannot leave or be removed from the organisation.', {
        status: 409,
        code: 'E_OWNER_STAYS',
      })
    }
    if (refusal === 'platform') {
      throw new DomainException('Platform staff leave the platform through an admin.', {
        status: 409,
        code: 'E_PLATFORM_STAFF_STAY',
      })
    }
    member.organisationId = null
    await member.save()
    await emitter.emit('user:access-changed', {
      userId: member.id,
      change: actor.id === member.id ? 'left' : 'removed',
    })
  }

  /** The one organisation holding the platform's dispatchers and admins. */
  async platform(): Promise<Organisation> {
    const existing = await Organisation.findBy('kind', 'platform')
    if (existing) return existing
    try {
      return await Organisation.create({
        name: PLATFORM_ORGANISATION_NAME,
        kind: 'platform',
        country: 'KE',
        ownerId: null,
      })
    } catch (error) {
      // Someone created it at the same moment (unique index on the platform kind).
      if (!isUniqueViolation(error)) throw error
    }
    return Organisation.findByOrFail('kind', 'platform')
  }
}

function alreadyInOrganisation(message: string, field?: string) {
  return new DomainException(message, { status: 409, code: 'E_ALREADY_IN_ORGANISATION', field })
}
