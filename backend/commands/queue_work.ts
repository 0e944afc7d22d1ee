import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace queue:work`: runs the job handlers of app/jobs/ and their
 * schedules until SIGTERM (or SIGINT), for an API running with
 * QUEUE_MODE=off. On the signal, running jobs get a grace period, then the
 * queue and the database connections close (QueueProvider.shutdown).
 */
export default class QueueWork extends BaseCommand {
  static commandName = 'queue:work'
  static description = 'Run the background jobs (pg-boss workers and schedules) until SIGTERM'
  static options: CommandOptions = { startApp: true, staysAlive: true }

  async run() {
    const { default: QueueService } = await import('#core/services/queue_service')
    const queue = await this.app.container.make(QueueService)
    let jobs
    try {
      jobs = await queue.work()
    } catch (error) {
      // Exit non-zero so the supervisor (docker, systemd) sees the failure and restarts us.
      this.logger.error(`queue:work could not start: ${(error as Error).message}`)
      this.exitCode = 1
      await this.app.terminate()
      return
    }
    // Live notifications from these jobs reach the API nodes' sockets through Redis.
    const { default: RealtimeGateway } = await import('#realtime/services/realtime_gateway')
    const gateway = await this.app.container.make(RealtimeGateway)
    if (!gateway.attachEmitter()) {
      this.logger.warning(
        'no REDIS_URL: live `notification` events of jobs run here reach no socket'
      )
    }
    // SIGTERM is handled by bin/console.ts (app.terminate); SIGINT only under pm2.
    this.app.listenIf(!this.app.managedByPm2, 'SIGINT', () => this.app.terminate())
    this.logger.info(
      `queue:work ready: ${jobs.map((job) => job.queue + (job.schedule ? ` (${job.schedule})` : '')).join(', ')}`
    )
  }
}
