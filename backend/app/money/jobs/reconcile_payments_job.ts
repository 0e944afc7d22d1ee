import { inject } from '@adonisjs/core'
import PaymentService from '#money/services/payment_service'
import moneyConfig from '#config/money'

/**
 * Every few minutes: pay-ins pending longer than PAYMENT_RECONCILE_AFTER_MINUTES
 * are asked about (a callback that never came), and settled once.
 */
@inject()
export default class ReconcilePaymentsJob {
  static queue = 'money.reconcile-payments'
  static schedule = moneyConfig.reconcileCron === 'off' ? null : moneyConfig.reconcileCron
  static options = { policy: 'singleton' }

  constructor(private payments: PaymentService) {}

  async handle() {
    return { outcomes: await this.payments.reconcile() }
  }
}
