import { inject } from '@adonisjs/core'
import PayoutService from '#money/services/payout_service'
import moneyConfig from '#config/money'

/**
 * Every minute: payouts waiting in the queue (the switch resumed, a new
 * day's limit, a send that could not be queued) are sent.
 */
@inject()
export default class PayoutSweepJob {
  static queue = 'money.payout-sweep'
  static schedule = moneyConfig.payouts.sweepCron === 'off' ? null : moneyConfig.payouts.sweepCron
  static options = { policy: 'singleton' }

  constructor(private payouts: PayoutService) {}

  async handle() {
    return { queued: await this.payouts.sendQueued() }
  }
}
