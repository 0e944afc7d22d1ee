import { BaseCheck, Result } from '@adonisjs/core/health'
import type { HealthCheckResult } from '@adonisjs/core/types/health'
import type QueueService from '#core/services/queue_service'
import queueConfig from '#config/queue'

/** The job queue's database answers and pg-boss' schema is installed. */
export default class QueueHealthCheck extends BaseCheck {
  name = 'queue'

  constructor(private service: QueueService) {
    super()
  }

  async run(): Promise<HealthCheckResult> {
    try {
      const version = await this.service.schemaVersion()
      if (version === null) return Result.failed('The job queue schema is not installed')
      return Result.ok('The job queue is reachable').mergeMetaData({
        schemaVersion: version,
        mode: queueConfig.mode,
        working: this.service.working,
      })
    } catch (error) {
      return Result.failed(`The job queue is not reachable: ${(error as Error).message}`)
    }
  }
}
