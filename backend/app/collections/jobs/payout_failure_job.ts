import { inject } from '@adonisjs/core'
import PayoutRunService from '#collections/services/payout_run_service'

export interface PayoutFailureData {
  payoutId: number
  attempt: number
}

/**
 * The SMS telling a farmer their pay could not be sent (PayoutRunService),
 * queued once per failed try when money announces it; retried while the
 * SMS provider refuses.
 */
@inject()
export default class PayoutFailureJob {
  static queue = 'collections.payout-failure'
  static options = { retryLimit: 8, retryDelay: 15, retryBackoff: true, retryDelayMax: 30 * 60 }

  constructor(private runs: PayoutRunService) {}

  async handle(data: PayoutFailureData) {
    return { outcome: await this.runs.sendFailureNotice(data.payoutId) }
  }
}
