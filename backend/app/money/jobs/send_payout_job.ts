import { inject } from '@adonisjs/core'
import PayoutService from '#money/services/payout_service'

export interface SendPayoutData {
  payoutId: number
}

/**
 * Sends one payout (PayoutService.send). Retried with backoff while the
 * outcome is unknown, always with the same OriginatorConversationID; after
 * the last retry it stays `sending` and is listed as stuck for an operator.
 */
@inject()
export default class SendPayoutJob {
  static queue = 'money.send-payout'
  static options = { retryLimit: 6, retryDelay: 10, retryBackoff: true, retryDelayMax: 15 * 60 }

  constructor(private payouts: PayoutService) {}

  async handle(data: SendPayoutData) {
    return { outcome: await this.payouts.send(data.payoutId) }
  }
}
