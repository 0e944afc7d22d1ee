import PhoneCountryService from '#accounts/services/phone_country_service'
import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { paginate } from '#core/contract/response_schema'
import DomainException from '#core/exceptions/domain_exception'
import CooperativePolicy from '#collections/policies/cooperative_policy'
import CooperativeService from '#collections/services/cooperative_service'
import FarmerService from '#collections/services/farmer_service'
import FarmerTransformer from '#collections/transformers/farmer_transformer'
import { visibleCooperative } from '#collections/controllers/cooperatives_controller'
import {
  createFarmerValidator,
  farmerIdValidator,
  listFarmersValidator,
  updateFarmerValidator,
} from '#collections/validators/farmer'

/** A cooperative's farmers: its members (manager, clerks, graders) register and approve them. */
@inject()
export default class FarmersController {
  constructor(
    private cooperatives: CooperativeService,
    private farmers: FarmerService,
    private phoneCountry: PhoneCountryService
  ) {}

  /** GET /api/v1/cooperatives/:id/farmers?status=&q=&page=&perPage= */
  async index(ctx: HttpContext) {
    const { params, ...filters } = await ctx.request.validateUsing(listFarmersValidator)
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    const page = await this.farmers.list(cooperative, filters)
    return paginate(page, (farmer) => FarmerTransformer.toJSON(farmer))
  }

  /** POST /api/v1/cooperatives/:id/farmers */
  async store(ctx: HttpContext) {
    const { params, ...input } = await ctx.request.validateUsing(
      createFarmerValidator,
      await this.phoneCountry.of(ctx.auth.getUserOrFail())
    )
    const cooperative = await visibleCooperative(ctx, this.cooperatives, params.id)
    await ctx.bouncer.with(CooperativePolicy).authorize('work', cooperative)
    const farmer = await this.farmers.register(cooperative, input)
    return ctx.response.created(FarmerTransformer.toJSON(farmer))
  }

  /** PATCH /api/v1/farmers/:id */
  async update(ctx: HttpContext) {
    const { params, ...input } = await ctx.request.validateUsing(
      updateFarmerValidator,
      await this.phoneCountry.of(ctx.auth.getUserOrFail())
    )
    const { farmer, cooperative } = await this.#workable(ctx, params.id)
    return FarmerTransformer.toJSON(await this.farmers.update(cooperative, farmer, input))
  }

  /** POST /api/v1/farmers/:id/approve — a farmer who registered by USSD. */
  async approve(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(farmerIdValidator)
    const { farmer } = await this.#workable(ctx, params.id)
    return FarmerTransformer.toJSON(await this.farmers.approve(farmer))
  }

  async #workable(ctx: HttpContext, id: number) {
    const farmer = await this.farmers.find(id)
    const cooperative = await visibleCooperative(
      ctx,
      this.cooperatives,
      farmer.cooperativeId
    ).catch(() => {
      throw DomainException.notFound('Farmer')
    })
    await ctx.bouncer.with(CooperativePolicy).authorize('work', cooperative)
    return { farmer, cooperative }
  }
}
