import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import VehiclePolicy from '#fleet/policies/vehicle_policy'
import VehicleService from '#fleet/services/vehicle_service'
import VehicleTransformer from '#fleet/transformers/vehicle_transformer'
import { assignDriverValidator, unassignDriverValidator } from '#fleet/validators/vehicle'
import { visibleVehicle } from '#fleet/controllers/vehicles_controller'

/** Who drives a vehicle: drivers of the same carrier only. */
@inject()
export default class VehicleDriversController {
  constructor(private vehicles: VehicleService) {}

  /** POST /api/v1/vehicles/:id/drivers {driverId} — answers the vehicle. */
  async store(ctx: HttpContext) {
    const vehicle = await visibleVehicle(ctx, this.vehicles)
    await ctx.bouncer.with(VehiclePolicy).authorize('manage', vehicle)
    const { driverId } = await ctx.request.validateUsing(assignDriverValidator)
    await this.vehicles.assignDriver(vehicle, driverId, ctx.auth.getUserOrFail())
    return VehicleTransformer.details(await this.vehicles.details(vehicle))
  }

  /** DELETE /api/v1/vehicles/:id/drivers/:driverId */
  async destroy(ctx: HttpContext) {
    const vehicle = await visibleVehicle(ctx, this.vehicles)
    await ctx.bouncer.with(VehiclePolicy).authorize('manage', vehicle)
    const { params } = await ctx.request.validateUsing(unassignDriverValidator)
    await this.vehicles.unassignDriver(vehicle, params.driverId)
    return ctx.response.noContent()
  }
}
