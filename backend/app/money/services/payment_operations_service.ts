import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import DomainException from '#core/exceptions/domain_exception'
import type User from '#accounts/models/user'
import AuditService from '#audit/services/audit_service'
import Payment from '#money/models/payment'
import PaymentReconciliation from '#money/models/payment_reconciliation'
import PaymentService from '#money/services/payment_service'
import moneyConfig from '#config/money'

export interface PendingPaymentFilters {
  /** Only those reconciliation is already asking about (pending past PAYMENT_RECONCILE_AFTER_MINUTES). */
  stuck?: boolean
}

export interface ReconciliationFilters {
  /** Only the checks that could not settle their pay-in. */
  unsettled?: boolean
  paymentId?: number
}

/** A pending pay-in as the console lists it: with the last time reconciliation asked about it. */
export interface PendingPayment {
  payment: Payment
  stuck: boolean
  lastCheck: PaymentReconciliation | null
}

/**
 * What operators do about incoming money: see the pay-ins still waiting
 * for their provider (oldest first), ask the provider now, or close one at
 * the provider, each with a reason and an audit row; and read what
 * reconciliation found.
 */
@inject()
export default class PaymentOperationsService {
  constructor(
    private payments: PaymentService,
    private audit: AuditService
  ) {}

  async pending(filters: PendingPaymentFilters, page: number, perPage: number) {
    const stuckBefore = DateTime.now().minus({ minutes: moneyConfig.reconcileAfterMinutes })
    const query = Payment.query().where('status', 'pending').orderBy('created_at').orderBy('id')
    if (filters.stuck) query.where('created_at', '<=', stuckBefore.toJSDate())
    const found = await query.paginate(page, perPage)
    const ids = found.all().map((payment) => payment.id)
    const checks = ids.length
      ? await PaymentReconciliation.query()
          .whereIn('payment_id', ids)
          .distinctOn('payment_id')
          .orderBy('payment_id')
          .orderBy('id', 'desc')
      : []
    const last = new Map(checks.map((check) => [check.paymentId, check]))
    const rows = found.all().map((payment): PendingPayment => ({
      payment,
      stuck: payment.createdAt <= stuckBefore,
      lastCheck: last.get(payment.id) ?? null,
    }))
    const { total, perPage: size, currentPage, lastPage } = found
    return { all: () => rows, total, perPage: size, currentPage, lastPage }
  }

  reconciliations(filters: ReconciliationFilters, page: number, perPage: number) {
    const query = PaymentReconciliation.query().orderBy('id', 'desc')
    if (filters.unsettled) query.where('settled', false)
    if (filters.paymentId) query.where('payment_id', filters.paymentId)
    return query.paginate(page, perPage)
  }

  /** Asks the provider about a pending pay-in now; its answer is applied once. */
  check(paymentId: number, actor: User, reason: string) {
    return this.#act(paymentId, actor, reason, false)
  }

  /**
   * Gives up waiting: what the provider took is applied as received; else
   * the attempt is closed at the provider (or failed as unreachable when
   * the provider never named it), and the shipper may pay again.
   */
  close(paymentId: number, actor: User, reason: string) {
    return this.#act(paymentId, actor, reason, true)
  }

  async #act(paymentId: number, actor: User, reason: string, close: boolean) {
    const payment = await Payment.find(paymentId)
    if (!payment) throw DomainException.notFound('Payment')
    if (payment.status !== 'pending') {
      throw new DomainException(`Payment ${payment.id} is already ${payment.status}.`, {
        status: 409,
        code: 'E_INVALID_STATE',
      })
    }
    // The audit row goes in the transaction that applies the provider's answer: both or neither.
    const check = await this.payments.check(payment, {
      close,
      checkedBy: actor.id,
      alsoRecord: (trx, result) =>
        this.audit.record(
          {
            action: close ? 'payment.closed' : 'payment.checked',
            actor,
            subject: { type: 'payment', id: payment.id },
            reason,
            before: { status: 'pending' },
            after: { status: result.status, outcome: result.outcome, why: result.reason },
          },
          trx
        ),
    })
    await payment.refresh()
    return { payment, check }
  }
}
