import { inject } from '@adonisjs/core'
import PayoutNumberService from '#money/services/payout_number_service'

export interface PayoutNumberAlertData {
  payoutNumberId: number
}

/** Warns the replaced payout number by SMS (PayoutNumberService.alertReplaced); retried until sent. */
@inject()
export default class PayoutNumberAlertJob {
  static queue = 'money.payout-number-alert'
  static options = { retryLimit: 10, retryDelay: 30, retryBackoff: true, retryDelayMax: 30 * 60 }

  constructor(private numbers: PayoutNumberService) {}

  async handle(data: PayoutNumberAlertData) {
    return { outcome: await this.numbers.alertReplaced(data.payoutNumberId) }
  }
}
