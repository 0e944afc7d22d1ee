import { inject } from '@adonisjs/core'
import TrackingExceptionTransformer from '#tracking/transformers/tracking_exception_transformer'
import type { HttpContext } from '@adonisjs/core/http'
import TrackingPolicy from '#tracking/policies/tracking_policy'
import FleetAccessService from '#fleet/services/fleet_access_service'
import { fleetScope } from '#tracking/fleet_scope'
import TrackingExceptionService from '#tracking/services/tracking_exception_service'
import { exceptionsQueryValidator } from '#tracking/validators/tracking'

@inject()
export default class DispatchExceptionsController {
  constructor(
    private exceptions: TrackingExceptionService,
    private fleetAccess: FleetAccessService
  ) {}

  /** GET /api/v1/dispatch/exceptions?kind&open&limit — long stops and off-route trucks. */
  async index({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('viewFleet')
    const filters = await exceptionsQueryValidator.validate(request.qs())
    const scope = fleetScope(await this.fleetAccess.of(auth.getUserOrFail()))!
    const exceptions = await this.exceptions.list(scope, filters)
    return { data: exceptions.map((exception) => TrackingExceptionTransformer.toJSON(exception)) }
  }
}
