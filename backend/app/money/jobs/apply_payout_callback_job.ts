import { inject } from '@adonisjs/core'
import PayoutService from '#money/services/payout_service'

export interface ApplyPayoutCallbackData {
  callbackId: number
}

/** Applies a stored B2C result or queue-timeout callback once (PayoutService.applyCallback). */
@inject()
export default class ApplyPayoutCallbackJob {
  static queue = 'money.apply-payout-callback'
  static options = { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 10 * 60 }

  constructor(private payouts: PayoutService) {}

  async handle(data: ApplyPayoutCallbackData) {
    return { outcome: await this.payouts.applyCallback(data.callbackId) }
  }
}
