import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OrganisationPolicy from '#accounts/policies/organisation_policy'
import DomainException from '#core/exceptions/domain_exception'
import OrganisationService from '#accounts/services/organisation_service'
import OrganisationTransformer from '#accounts/transformers/organisation_transformer'
import UserTransformer from '#accounts/transformers/user_transformer'
import InvitationTransformer from '#accounts/transformers/invitation_transformer'
import InvitationService from '#accounts/services/invitation_service'
import User from '#accounts/models/user'
import AccountService from '#accounts/services/account_service'
import UploadService from '#core/services/upload_service'
import {
  addMemberValidator,
  createOrganisationValidator,
  memberParamsValidator,
  organisationIdValidator,
} from '#accounts/validators/organisation'

/**
 * Carrier and shipper companies. An organisation you are not in answers
 * 404 (it is not revealed); one you can see but may not change answers 403.
 */
@inject()
export default class OrganisationsController {
  constructor(
    private organisations: OrganisationService,
    private invitationService: InvitationService,
    private accounts: AccountService,
    private uploads: UploadService
  ) {}

  /** POST /api/v1/organisations */
  async store({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(OrganisationPolicy).authorize('create')
    const input = await request.validateUsing(createOrganisationValidator)
    const founder = auth.getUserOrFail()
    const organisation = await this.organisations.create(founder, input)
    return response.created(OrganisationTransformer.toJSON(organisation, founder))
  }

  /** GET /api/v1/organisations/:id */
  async show(ctx: HttpContext) {
    const organisation = await this.visibleOrganisation(ctx)
    return OrganisationTransformer.toJSON(
      await this.organisations.withMembers(organisation),
      ctx.auth.getUserOrFail()
    )
  }

  /**
   * POST /api/v1/organisations/:id/members: 201 with the new member when the
   * phone is unknown, 202 with the invitation when the person has an account.
   */
  async addMember(ctx: HttpContext) {
    const organisation = await this.visibleOrganisation(ctx)
    const input = await ctx.request.validateUsing(addMemberValidator, {
      meta: { phoneCountry: organisation.country },
    })
    await ctx.bouncer.with(OrganisationPolicy).authorize('addMember', organisation, input.role)
    const { user, invitation } = await this.organisations.addMember(
      organisation,
      input,
      ctx.auth.getUserOrFail()
    )
    if (!invitation) return ctx.response.created(UserTransformer.toJSON(user))
    await invitation.load('organisation')
    await invitation.load('user')
    await invitation.load('invitedBy')
    return ctx.response.accepted(InvitationTransformer.toJSON(invitation))
  }

  /** DELETE /api/v1/organisations/:id/members/:userId: leave, or remove a member. */
  async removeMember(ctx: HttpContext) {
    const organisation = await this.visibleOrganisation(ctx)
    const member = await this.visibleMember(ctx)
    await ctx.bouncer.with(OrganisationPolicy).authorize('removeMember', organisation, member)
    await this.organisations.removeMember(organisation, member, ctx.auth.getUserOrFail())
    return ctx.response.noContent()
  }

  /**
   * GET /api/v1/organisations/:id/members/:userId/photo: a member's face,
   * for those who see the organisation (its members, admins); 404 otherwise.
   */
  async memberPhoto(ctx: HttpContext) {
    const member = await this.visibleMember(ctx)
    await this.uploads.send(ctx.response, this.accounts.photoKeyOf(member))
  }

  /** GET /api/v1/organisations/:id/invitations: what the organisation sent lately. */
  async invitations(ctx: HttpContext) {
    const organisation = await this.visibleOrganisation(ctx)
    await ctx.bouncer.with(OrganisationPolicy).authorize('viewInvitations', organisation)
    const invitations = await this.invitationService.sentBy(organisation)
    return { data: invitations.map((invitation) => InvitationTransformer.toJSON(invitation)) }
  }

  /** A member of an organisation the caller sees; 404 for anyone else. */
  private async visibleMember(ctx: HttpContext) {
    const organisation = await this.visibleOrganisation(ctx)
    const { params } = await ctx.request.validateUsing(memberParamsValidator)
    const member = await User.find(params.userId)
    if (!member || member.organisationId !== organisation.id)
      throw DomainException.notFound('Member')
    return member
  }

  private async visibleOrganisation({ bouncer, request }: HttpContext) {
    const { params } = await request.validateUsing(organisationIdValidator)
    const organisation = await this.organisations.find(params.id)
    if (await bouncer.with(OrganisationPolicy).denies('view', organisation)) {
      throw DomainException.notFound('Organisation')
    }
    return organisation
  }
}
