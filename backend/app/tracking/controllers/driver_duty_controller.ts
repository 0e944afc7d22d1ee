import type { HttpContext } from '@adonisjs/core/http'
import TrackingPolicy from '#tracking/policies/tracking_policy'
import DriverPositionService from '#tracking/services/driver_position_service'
import { dutyValidator } from '#tracking/validators/tracking'

export default class DriverDutyController {
  /** POST /api/v1/drivers/me/duty { onDuty } */
  async update({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('setDuty')
    const { onDuty } = await request.validateUsing(dutyValidator)
    return DriverPositionService.setDuty(auth.getUserOrFail(), onDuty)
  }
}
