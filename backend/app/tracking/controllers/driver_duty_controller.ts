import type { HttpContext } from '@adonisjs/core/http'
import TrackingPolicy from '#policies/tracking_policy'
import DriverPositionService from '#services/driver_position_service'
import { dutyValidator } from '#validators/tracking'

export default class DriverDutyController {
  /** POST /api/v1/drivers/me/duty { onDuty } */
  async update({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('setDuty')
    const { onDuty } = await request.validateUsing(dutyValidator)
    return DriverPositionService.setDuty(auth.getUserOrFail(), onDuty)
  }
}
