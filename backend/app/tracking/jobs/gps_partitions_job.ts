import { inject } from '@adonisjs/core'
import queueConfig from '#config/queue'
import GpsPartitionService from '#tracking/services/gps_partition_service'

/**
 * Hourly: the days ahead get their gps_pings partition and the days past
 * TRACKING_RETENTION_DAYS are dropped. Running it twice changes nothing
 * the second time; a missed run is caught up by the next.
 */
@inject()
export default class GpsPartitionsJob {
  static queue = 'tracking.gps-partitions'
  static schedule: string | null = queueConfig.schedules.gpsPartitions
  static options = { policy: 'singleton' }

  constructor(private partitions: GpsPartitionService) {}

  async handle(data: { now?: number } = {}) {
    return this.partitions.maintain(data.now)
  }
}
