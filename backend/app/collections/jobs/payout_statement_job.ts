import { inject } from '@adonisjs/core'
import PayoutRunService from '#collections/services/payout_run_service'
import FarmerSmsJob from '#collections/jobs/farmer_sms_job'

export interface PayoutStatementData {
  payoutId: number
}

/**
 * The statement SMS of a farmer whose pay left (PayoutRunService), queued
 * when money announces the payout sent and by the minute's sweep; sent at
 * most once.
 */
@inject()
export default class PayoutStatementJob extends FarmerSmsJob<PayoutStatementData> {
  static queue = 'collections.payout-statement'

  constructor(private runs: PayoutRunService) {
    super()
  }

  protected send(data: PayoutStatementData) {
    return this.runs.sendStatement(data.payoutId)
  }
}
