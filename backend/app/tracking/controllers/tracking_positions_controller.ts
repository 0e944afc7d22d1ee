import type { HttpContext } from '@adonisjs/core/http'
import TrackingPolicy from '#tracking/policies/tracking_policy'
import trackingIngestService from '#tracking/services/tracking_ingest_service'
import { positionsBatchValidator } from '#tracking/validators/tracking'

export default class TrackingPositionsController {
  /** POST /api/v1/tracking/positions — the socket `positions` batch over HTTP; answers after commit. */
  async store({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('sendPositions')
    const { points } = await request.validateUsing(positionsBatchValidator)
    return trackingIngestService.ingest(auth.getUserOrFail(), points, 'http')
  }
}
