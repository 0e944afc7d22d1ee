import { inject } from '@adonisjs/core'
import PayoutService from '#money/services/payout_service'
import PayoutReversalService from '#money/services/payout_reversal_service'
import moneyConfig from '#config/money'

/**
 * Every few minutes: payouts whose outcome is unknown (no result after
 * PAYOUT_STUCK_AFTER_MINUTES, or a queue timeout) are asked about at the
 * provider (PayoutService.checkStuck); the answers settle them once. Sent
 * payouts a provider may still reverse (Wave) are asked whether they came
 * back (PayoutReversalService.checkRecent).
 */
@inject()
export default class StuckPayoutsJob {
  static queue = 'money.stuck-payouts'
  static schedule = moneyConfig.payouts.statusCron === 'off' ? null : moneyConfig.payouts.statusCron
  static options = { policy: 'singleton' }

  constructor(
    private payouts: PayoutService,
    private reversals: PayoutReversalService
  ) {}

  async handle() {
    return {
      asked: await this.payouts.checkStuck(),
      reversalsAsked: await this.reversals.checkRecent(),
    }
  }
}
