import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import TrackingPolicy from '#tracking/policies/tracking_policy'
import DriverPositionService from '#tracking/services/driver_position_service'
import FleetAccessService from '#fleet/services/fleet_access_service'
import { fleetScope } from '#tracking/fleet_scope'
import { nearbyValidator } from '#tracking/validators/tracking'

@inject()
export default class NearbyDriversController {
  constructor(
    private positions: DriverPositionService,
    private fleetAccess: FleetAccessService
  ) {}

  /** GET /api/v1/drivers/nearby?lat&lng&radiusKm&vehicleType&minCapacityKg&limit */
  async index({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('viewFleet')
    const query = await nearbyValidator.validate(request.qs())
    const scope = fleetScope(await this.fleetAccess.of(auth.getUserOrFail()))!
    return { data: await this.positions.nearby(query, scope) }
  }
}
