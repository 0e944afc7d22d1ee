import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace orders:auto-complete`: completes delivered orders that have a
 * proof of delivery and no answer from the shipper after
 * AUTO_COMPLETE_AFTER_HOURS, once. The job queue runs the same check on a
 * schedule (app/jobs/auto_complete_orders_job.ts, AUTO_COMPLETE_CRON).
 */
export default class OrdersAutoComplete extends BaseCommand {
  static commandName = 'orders:auto-complete'
  static description =
    'Complete delivered orders with proof of delivery the shipper left unanswered (AUTO_COMPLETE_AFTER_HOURS)'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Hours after delivery (default: AUTO_COMPLETE_AFTER_HOURS, 48)' })
  declare afterHours?: number

  async run() {
    const { default: DeliveryService } = await import('#orders/services/delivery_service')
    const delivery = await this.app.container.make(DeliveryService)
    const completed = await delivery.autoComplete(this.afterHours)
    this.logger.success(
      completed.length
        ? `Completed ${completed.length} order(s): ${completed.join(', ')}`
        : 'No delivered order is due for automatic completion'
    )
  }
}
