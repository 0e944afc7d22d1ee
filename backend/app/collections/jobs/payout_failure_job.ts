import { inject } from '@adonisjs/core'
import PayoutRunService from '#collections/services/payout_run_service'
import FarmerSmsJob from '#collections/jobs/farmer_sms_job'

export interface PayoutFailureData {
  payoutId: number
  attempt: number
}

/**
 * The SMS telling a farmer their pay could not be sent (PayoutRunService),
 * queued once per failed try when money announces it.
 */
@inject()
export default class PayoutFailureJob extends FarmerSmsJob<PayoutFailureData> {
  static queue = 'collections.payout-failure'

  constructor(private runs: PayoutRunService) {
    super()
  }

  protected send(data: PayoutFailureData) {
    return this.runs.sendFailureNotice(data.payoutId)
  }
}
