import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import OrganisationPolicy from '#accounts/policies/organisation_policy'
import DomainException from '#core/exceptions/domain_exception'
import OrganisationService from '#accounts/services/organisation_service'
import OrganisationTransformer from '#accounts/transformers/organisation_transformer'
import UserTransformer from '#accounts/transformers/user_transformer'
import {
  addMemberValidator,
  createOrganisationValidator,
  organisationIdValidator,
} from '#accounts/validators/organisation'

/**
 * Carrier and shipper companies. An organisation you are not in answers
 * 404 (it is not revealed); one you can see but may not change answers 403.
 */
@inject()
export default class OrganisationsController {
  constructor(private organisations: OrganisationService) {}

  /** POST /api/v1/organisations */
  async store({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(OrganisationPolicy).authorize('create')
    const input = await request.validateUsing(createOrganisationValidator)
    const organisation = await this.organisations.create(auth.getUserOrFail(), input)
    return response.created(OrganisationTransformer.toJSON(organisation))
  }

  /** GET /api/v1/organisations/:id */
  async show(ctx: HttpContext) {
    const organisation = await this.visibleOrganisation(ctx)
    return OrganisationTransformer.toJSON(await this.organisations.withMembers(organisation))
  }

  /** POST /api/v1/organisations/:id/members */
  async addMember(ctx: HttpContext) {
    const organisation = await this.visibleOrganisation(ctx)
    await ctx.bouncer.with(OrganisationPolicy).authorize('addMember', organisation)
    const input = await ctx.request.validateUsing(addMemberValidator)
    const member = await this.organisations.addMember(organisation, input)
    return ctx.response.created(UserTransformer.toJSON(member))
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
