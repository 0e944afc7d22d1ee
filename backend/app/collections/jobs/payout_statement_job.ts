import { inject } from '@adonisjs/core'
import PayoutRunService from '#collections/services/payout_run_service'

export interface PayoutStatementData {
  payoutId: number
}

/**
 * The statement SMS of a farmer whose pay left (PayoutRunService), queued
 * when money announces the payout sent and by the minute's sweep; retried
 * while the SMS provider refuses; sent at most once.
 */
@inject()
export default class PayoutStatementJob {
  static queue = 'collections.payout-statement'
  static options = { retryLimit: 8, retryDelay: 15, retryBackoff: true, retryDelayMax: 30 * 60 }

  constructor(private runs: PayoutRunService) {}

  async handle(data: PayoutStatementData) {
    return { outcome: await this.runs.sendStatement(data.payoutId) }
  }
}
