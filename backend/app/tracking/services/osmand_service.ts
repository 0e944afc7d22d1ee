import { inject } from '@adonisjs/core'
import DomainException from '#core/exceptions/domain_exception'
import { decodeOsmand, type OsmandRequest } from '#tracking/osmand_decoder'
import TrackerService from '#tracking/services/tracker_service'
import TrackingIngestService from '#tracking/services/tracking_ingest_service'
import IngestLimitService from '#tracking/services/ingest_limit_service'

/**
 * One OsmAnd / Traccar Client report: read the protocol, find the driver
 * behind the device id, and hand the points to the ingest entry like any
 * other batch, so a bad point gets the same answer as over the socket or
 * the HTTP batch. Only the protocol's own mistakes (no device id, a
 * malformed report) and an unknown id answer as Traccar does.
 */
@inject()
export default class OsmandService {
  constructor(
    private ingest: TrackingIngestService,
    private limits: IngestLimitService,
    private trackers: TrackerService
  ) {}

  async receive(request: OsmandRequest) {
    const result = await this.ingest.receive('osmand', async () => {
      await this.limits.assertAddressMayTry(request.ip)
      const report = await decodeOsmand(request)
      const driver = await this.trackers.driverFor(report.deviceId)
      if (!driver) {
        await this.limits.unknownDevice(request.ip)
        throw new DomainException('Unknown device id', {
          status: report.unknownStatus,
          code: 'E_UNKNOWN_DEVICE',
        })
      }
      await this.limits.trackerReport(report.deviceId)
      return { driver, points: report.points, noFix: report.points.length === 0 }
    })
    return { stored: result.accepted }
  }
}
