import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import TrackingIngestService from '#tracking/services/tracking_ingest_service'

@inject()
export default class TrackingPositionsController {
  constructor(private ingest: TrackingIngestService) {}

  /**
   * POST /api/v1/tracking/positions — the socket `positions` batch over HTTP;
   * answers after commit. Validation and authorisation are the ingest
   * entry's, shared with the socket and OsmAnd (docs/architecture.md).
   */
  async store({ auth, request }: HttpContext) {
    return this.ingest.receive('http', () => ({
      driver: auth.getUserOrFail(),
      points: request.input('points'),
    }))
  }
}
