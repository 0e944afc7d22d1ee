import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import VehiclePolicy from '#fleet/policies/vehicle_policy'
import FleetAccessService from '#fleet/services/fleet_access_service'
import FleetEligibilityService from '#fleet/services/fleet_eligibility_service'
import DomainException from '#core/exceptions/domain_exception'
import VehicleService from '#fleet/services/vehicle_service'
import VehicleTransformer from '#fleet/transformers/vehicle_transformer'
import {
  createVehicleValidator,
  listVehiclesValidator,
  updateVehicleValidator,
  vehicleIdValidator,
} from '#fleet/validators/vehicle'

/**
 * A carrier's vehicles. Another carrier's vehicle answers 404 (it is not
 * revealed); one you can see but may not change answers 403.
 */
@inject()
export default class VehiclesController {
  constructor(
    private vehicles: VehicleService,
    private eligibility: FleetEligibilityService,
    private fleetAccess: FleetAccessService
  ) {}

  /** GET /api/v1/vehicles?organisationId=&vehicleTypeId=&plate=&page=&perPage= */
  async index({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(VehiclePolicy).authorize('viewAny')
    const filters = await listVehiclesValidator.validate(request.qs())
    const page = await this.vehicles.list(await this.fleetAccess.of(auth.getUserOrFail()), {
      ...filters,
      page: filters.page ?? 1,
      perPage: filters.perPage ?? 20,
    })
    const eligibility = await this.eligibility.checkMany(page.all())
    return {
      data: page
        .all()
        .map((vehicle) => VehicleTransformer.toJSON(vehicle, eligibility.get(vehicle.id))),
      meta: {
        total: page.total,
        perPage: page.perPage,
        currentPage: page.currentPage,
        lastPage: page.lastPage,
      },
    }
  }

  /** POST /api/v1/vehicles */
  async store({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(VehiclePolicy).authorize('create')
    const input = await request.validateUsing(createVehicleValidator)
    const vehicle = await this.vehicles.create(
      await this.fleetAccess.of(auth.getUserOrFail()),
      input
    )
    return response.created(VehicleTransformer.details(await this.vehicles.details(vehicle)))
  }

  /** GET /api/v1/vehicles/:id — with documents and `eligibility`. */
  async show(ctx: HttpContext) {
    const vehicle = await visibleVehicle(ctx, this.vehicles)
    return VehicleTransformer.details(await this.vehicles.details(vehicle))
  }

  /** PATCH /api/v1/vehicles/:id */
  async update(ctx: HttpContext) {
    const vehicle = await visibleVehicle(ctx, this.vehicles)
    await ctx.bouncer.with(VehiclePolicy).authorize('manage', vehicle)
    const { params, ...changes } = await ctx.request.validateUsing(updateVehicleValidator)
    await this.vehicles.update(vehicle, changes)
    return VehicleTransformer.details(await this.vehicles.details(vehicle))
  }

  /** DELETE /api/v1/vehicles/:id — archives it. */
  async destroy(ctx: HttpContext) {
    const vehicle = await visibleVehicle(ctx, this.vehicles)
    await ctx.bouncer.with(VehiclePolicy).authorize('manage', vehicle)
    await this.vehicles.archive(vehicle)
    return ctx.response.noContent()
  }
}

/** The vehicle of `:id` if the user may see it; 404 otherwise. */
export async function visibleVehicle({ bouncer, request }: HttpContext, vehicles: VehicleService) {
  const { params } = await request.validateUsing(vehicleIdValidator)
  const vehicle = await vehicles.find(params.id)
  if (await bouncer.with(VehiclePolicy).denies('view', vehicle)) {
    throw DomainException.notFound('Vehicle')
  }
  return vehicle
}
