import { inject } from '@adonisjs/core'
import DeliveryService from '#orders/services/delivery_service'
import queueConfig from '#config/queue'

export interface AutoCompleteOrdersData {
  /** Hours after delivery; AUTO_COMPLETE_AFTER_HOURS when absent. */
  afterHours?: number
}

/**
 * The scheduled check of issue 3: delivered orders with a proof of delivery
 * and no answer from the shipper complete by themselves. Running it twice
 * (two workers, a retry) completes nothing twice: DeliveryService takes each
 * order under a row lock and only while it is still delivered.
 */
@inject()
export default class AutoCompleteOrdersJob {
  static queue = 'orders.auto-complete'
  static schedule = queueConfig.schedules.autoCompleteOrders
  /** One run at a time; runs the cron sends meanwhile wait their turn. */
  static options = { policy: 'singleton' }

  constructor(private delivery: DeliveryService) {}

  async handle(data: AutoCompleteOrdersData) {
    const completed = await this.delivery.autoComplete(data.afterHours)
    return { completed }
  }
}
