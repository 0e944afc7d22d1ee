import { inject } from '@adonisjs/core'
import TrackerTransformer from '#tracking/transformers/tracker_transformer'
import type { HttpContext } from '@adonisjs/core/http'
import TrackingPolicy from '#tracking/policies/tracking_policy'
import TrackerService from '#tracking/services/tracker_service'
import { createTrackerValidator, trackerIdValidator } from '#tracking/validators/tracking'

/** A driver's OsmAnd / Traccar Client device ids. */
@inject()
export default class TrackersController {
  constructor(private trackers: TrackerService) {}

  /** GET /api/v1/trackers */
  async index({ auth, bouncer }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('manageTrackers')
    const trackers = await this.trackers.list(auth.getUserOrFail())
    return { data: trackers.map((tracker) => TrackerTransformer.toJSON(tracker)) }
  }

  /** POST /api/v1/trackers { deviceId?, name? } */
  async store({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('manageTrackers')
    const input = await request.validateUsing(createTrackerValidator)
    const tracker = await this.trackers.create(auth.getUserOrFail(), input)
    return response.created(TrackerTransformer.toJSON(tracker))
  }

  /** DELETE /api/v1/trackers/:id — the id stops working at once. */
  async destroy({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(TrackingPolicy).authorize('manageTrackers')
    const { params } = await request.validateUsing(trackerIdValidator)
    await this.trackers.revoke(auth.getUserOrFail(), params.id)
    return response.noContent()
  }
}
