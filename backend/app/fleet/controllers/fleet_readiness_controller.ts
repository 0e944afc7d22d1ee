import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import VehiclePolicy from '#fleet/policies/vehicle_policy'
import FleetReadinessService from '#fleet/services/fleet_readiness_service'
import FleetReadinessTransformer from '#fleet/transformers/fleet_readiness_transformer'

@inject()
export default class FleetReadinessController {
  constructor(private readiness: FleetReadinessService) {}

  /** GET /api/v1/fleet/readiness: the caller's own checklist (drivers). */
  async show({ auth, bouncer }: HttpContext) {
    await bouncer.with(VehiclePolicy).authorize('prepare')
    return FleetReadinessTransformer.toJSON(await this.readiness.of(auth.getUserOrFail()))
  }
}
