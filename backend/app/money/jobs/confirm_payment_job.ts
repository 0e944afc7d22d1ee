import { inject } from '@adonisjs/core'
import PaymentService from '#money/services/payment_service'

export interface ConfirmPaymentData {
  paymentId: number
  /** The stored callback that asked for it. */
  callbackId?: number
}

/**
 * Applies a provider's callback: asks the provider's query API what became
 * of the attempt and settles it once (PaymentService.confirm). Retried with
 * backoff while the provider still processes it or cannot be reached.
 */
@inject()
export default class ConfirmPaymentJob {
  static queue = 'money.confirm-payment'
  static options = { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 10 * 60 }

  constructor(private payments: PaymentService) {}

  async handle(data: ConfirmPaymentData) {
    return { outcome: await this.payments.confirm(data.paymentId, data.callbackId) }
  }
}
