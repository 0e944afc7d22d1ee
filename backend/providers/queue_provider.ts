import type { ApplicationService } from '@adonisjs/core/types'
import QueueService from '#core/services/queue_service'

/**
 * The job queue, one per process. With QUEUE_MODE=inline (the default) the
 * API process also runs the job workers and schedules; with `off` it only
 * enqueues and `node ace queue:work` runs them. Either way the queue is
 * closed on shutdown, before Lucid and the embedded database.
 */
export default class QueueProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(QueueService, () => new QueueService())
  }

  async ready() {
    if (this.app.getEnvironment() !== 'web') return
    const { default: queueConfig } = await import('#config/queue')
    if (queueConfig.mode !== 'inline') return
    const queue = await this.app.container.make(QueueService)
    await queue.work()
  }

  async shutdown() {
    const queue = await this.app.container.make(QueueService)
    await queue.stop()
  }
}
