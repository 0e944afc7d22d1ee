import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import TrackingPolicy from '#tracking/policies/tracking_policy'
import DriverPositionService from '#tracking/services/driver_position_service'
import FleetAccessService from '#fleet/services/fleet_access_service'
import { fleetScope } from '#tracking/fleet_scope'
import { driverIdValidator } from '#tracking/validators/tracking'

@inject()
export default class FleetDriversController {
  constructor(
    private positions: DriverPositionService,
    private fleetAccess: FleetAccessService
  ) {}

  /** GET /api/v1/drivers/:id — a driver of the caller's fleet, named (404 for anyone else's). */
  async show({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('viewFleet')
    const { params } = await request.validateUsing(driverIdValidator)
    const scope = fleetScope(await this.fleetAccess.of(auth.getUserOrFail()))!
    const driver = await this.positions.fleetDriver(params.id, scope)
    if (!driver) throw DomainException.notFound('Driver')
    return driver
  }
}
