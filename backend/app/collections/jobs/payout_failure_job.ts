import { inject } from '@adonisjs/core'
import PayoutRunService from '#collections/services/payout_run_service'
import FarmerSmsJob from '#collections/jobs/farmer_sms_job'

export interface PayoutFailureData {
  payoutId: number
  /** The failed try; null when the provider took the sent pay back (a reversal). */
  attempt: number | null
}

/**
 * The SMS telling a farmer their pay could not be sent, or was taken back
 * after it was sent (PayoutRunService), queued once per failed try or
 * reversal when money announces it.
 */
@inject()
export default class PayoutFailureJob extends FarmerSmsJob<PayoutFailureData> {
  static queue = 'collections.payout-failure'

  constructor(private runs: PayoutRunService) {
    super()
  }

  protected send(data: PayoutFailureData) {
    return this.runs.sendFailureNotice(data.payoutId, data.attempt === null ? 'reversed' : 'failed')
  }
}
