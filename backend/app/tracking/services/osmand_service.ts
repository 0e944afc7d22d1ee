import { errors as vineErrors } from '@vinejs/vine'
import DomainException from '#core/exceptions/domain_exception'
import { positionsBatchValidator } from '#tracking/validators/tracking'
import { decodeOsmand } from '#tracking/services/osmand_decoder'
import TrackerService from '#tracking/services/tracker_service'
import trackingIngestService from '#tracking/services/tracking_ingest_service'

/**
 * One OsmAnd / Traccar Client report: decode, check ranges, find the
 * driver behind the device id, ingest like any other batch. Client mistakes
 * answer 400 and an unknown or revoked id 404, as Traccar does, so the
 * apps show the same hints they show for a Traccar server.
 */
export default class OsmandService {
  static async receive(query: Record<string, unknown>, body: unknown) {
    const report = decodeOsmand(query, body)
    const driver = await TrackerService.driverFor(report.deviceId)
    if (report.points.length === 0) return { stored: 0 }
    let points
    try {
      ;({ points } = await positionsBatchValidator.validate({ points: report.points }))
    } catch (error) {
      if (error instanceof vineErrors.E_VALIDATION_ERROR) {
        const [firstError] = error.messages as { field: string; message: string }[]
        throw new DomainException(firstError.message, {
          status: 400,
          code: 'E_OSMAND_MALFORMED',
          field: firstError.field,
        })
      }
      throw error
    }
    try {
      const result = await trackingIngestService.ingest(driver, points, 'osmand')
      return { stored: result.accepted }
    } catch (error) {
      const e = error as { status?: number }
      if (error instanceof DomainException && e.status && e.status < 500) {
        throw new DomainException(error.message, {
          status: 400,
          code: String(error.code),
          field: error.field,
        })
      }
      throw error
    }
  }
}
