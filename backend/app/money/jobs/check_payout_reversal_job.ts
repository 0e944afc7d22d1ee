import { inject } from '@adonisjs/core'
import PayoutReversalService from '#money/services/payout_reversal_service'

export interface CheckPayoutReversalData {
  payoutId: number
}

/** A provider's webhook said a sent payout may have come back: asked of its API, applied once. */
@inject()
export default class CheckPayoutReversalJob {
  static queue = 'money.check-payout-reversal'
  static options = { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 10 * 60 }

  constructor(private reversals: PayoutReversalService) {}

  async handle(data: CheckPayoutReversalData) {
    return { outcome: await this.reversals.confirm(data.payoutId) }
  }
}
