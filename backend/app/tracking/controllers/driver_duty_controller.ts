import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import TrackingPolicy from '#tracking/policies/tracking_policy'
import DriverPositionService from '#tracking/services/driver_position_service'
import { dutyValidator } from '#tracking/validators/tracking'

@inject()
export default class DriverDutyController {
  constructor(private positions: DriverPositionService) {}

  /** POST /api/v1/drivers/me/duty { onDuty } */
  async update({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('setDuty')
    const { onDuty } = await request.validateUsing(dutyValidator)
    return this.positions.setDuty(auth.getUserOrFail(), onDuty)
  }
}
