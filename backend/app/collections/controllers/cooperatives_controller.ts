import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import PhoneCountryService from '#accounts/services/phone_country_service'
import DomainException from '#core/exceptions/domain_exception'
import CooperativePolicy from '#collections/policies/cooperative_policy'
import CooperativeService from '#collections/services/cooperative_service'
import CooperativeTransformer from '#collections/transformers/cooperative_transformer'
import {
  cooperativeIdValidator,
  createCentreValidator,
  createCooperativeValidator,
  updateCooperativeValidator,
} from '#collections/validators/cooperative'

/** Cooperatives, their settings and collection centres. */
@inject()
export default class CooperativesController {
  constructor(
    private cooperatives: CooperativeService,
    private phoneCountry: PhoneCountryService
  ) {}

  /** POST /api/v1/cooperatives (admins) */
  async store({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(CooperativePolicy).authorize('create')
    const input = await request.validateUsing(
      createCooperativeValidator,
      await this.phoneCountry.named(auth.getUserOrFail(), { country: request.input('country') })
    )
    const cooperative = await this.cooperatives.create(input)
    return response.created(CooperativeTransformer.toJSON(cooperative))
  }

  /** GET /api/v1/cooperatives/mine — the cooperative the caller works for. */
  async mine({ auth }: HttpContext) {
    const cooperative = await this.cooperatives.ofMember(auth.getUserOrFail())
    if (!cooperative) throw DomainException.notFound('Cooperative')
    return CooperativeTransformer.toJSON(cooperative)
  }

  /** GET /api/v1/cooperatives/:id */
  async show(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(cooperativeIdValidator)
    return CooperativeTransformer.toJSON(
      await visibleCooperative(ctx, this.cooperatives, params.id)
    )
  }

  /** PATCH /api/v1/cooperatives/:id (manager, admin) */
  async update(ctx: HttpContext) {
    const { params, carrierOrganisationId, ...input } = await ctx.request.validateUsing(
      updateCooperativeValidator
    )
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    await ctx.bouncer.with(CooperativePolicy).authorize('manage', cooperative)
    // The transporter is the platform's choice: it gives the cooperative its trucks and drivers.
    if (carrierOrganisationId !== undefined)
      await ctx.bouncer.with(CooperativePolicy).authorize('create')
    await this.cooperatives.update(cooperative, { ...input, carrierOrganisationId })
    return CooperativeTransformer.toJSON(cooperative)
  }

  /** GET /api/v1/cooperatives/:id/centres */
  async centres(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(cooperativeIdValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    const centres = await this.cooperatives.centres(cooperative)
    return { data: centres.map((centre) => CooperativeTransformer.centre(centre)) }
  }

  /** POST /api/v1/cooperatives/:id/centres (manager, admin) */
  async storeCentre(ctx: HttpContext) {
    const { params, ...input } = await ctx.request.validateUsing(createCentreValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    await ctx.bouncer.with(CooperativePolicy).authorize('manage', cooperative)
    const centre = await this.cooperatives.createCentre(cooperative, input)
    return ctx.response.created(CooperativeTransformer.centre(centre))
  }
}

/** The cooperative `id` if the caller may see it; 404 otherwise (not revealed). */
export async function visibleCooperative(
  { bouncer }: HttpContext,
  cooperatives: CooperativeService,
  id: number
) {
  const cooperative = await cooperatives.find(id)
  if (await bouncer.with(CooperativePolicy).denies('view', cooperative)) {
    throw DomainException.notFound('Cooperative')
  }
  return cooperative
}
