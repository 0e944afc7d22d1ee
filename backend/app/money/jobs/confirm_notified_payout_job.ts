import { inject } from '@adonisjs/core'
import PayoutService from '#money/services/payout_service'

export interface ConfirmNotifiedPayoutData {
  callbackId: number
}

/** A provider notified us about a payout (Orange's cash-in): asked of its API, applied once. */
@inject()
export default class ConfirmNotifiedPayoutJob {
  static queue = 'money.confirm-notified-payout'
  static options = { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 10 * 60 }

  constructor(private payouts: PayoutService) {}

  async handle(data: ConfirmNotifiedPayoutData) {
    return { outcome: await this.payouts.confirmNotified(data.callbackId) }
  }
}
