import { randomBytes } from 'node:crypto'
import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import { parsePhone } from '#core/phone'
import { CURRENCY } from '#core/money_format'
import type User from '#accounts/models/user'
import Order from '#orders/models/order'
import Payment, { LIVE_PAYMENT_STATUSES } from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import PaymentReconciliation, {
  type ReconciliationOutcome,
  type UnsettledReason,
} from '#money/models/payment_reconciliation'
import { owners } from '#money/ledger_accounts'
import { mobileProvidersFor, type PaymentProviderName } from '#money/payment_providers'
import type { PaymentFailure } from '#money/payment_failures'
import {
  PaymentRequestRefused,
  type PayInAttempt,
  type PayInStarted,
  type PayInStatus,
} from '#money/providers/payment_provider'
import { accountReferenceFor } from '#money/providers/daraja_wire'
import { callbackProtocolOf, type PayInCallback } from '#money/providers/payin_callbacks'
import { callbacksRefusedTotal, paymentsTotal } from '#money/money_metrics'
import LedgerService from '#money/services/ledger_service'
import OrderAccessService from '#orders/services/order_access_service'
import { assertAllowed } from '#orders/order_state_machine'
import MoneyEventService from '#money/services/money_event_service'
import PaymentGateways from '#money/services/payment_gateways'
import RefundService from '#money/services/refund_service'
import PaymentFeed from '#money/services/payment_feed'
import moneyConfig from '#config/money'
import { appUrl } from '#config/app'

export interface StartPayment {
  provider: PaymentProviderName
  /** Any form the payer types; the profile's phone when absent. */
  phone?: string
}

/** What one reconciliation check found. */
interface Found {
  outcome: ReconciliationOutcome
  reason: UnsettledReason | null
  detail?: string
}

/** What a check found, with the payment's status once its answer was applied. */
export interface CheckResult extends Found {
  status: Payment['status']
}

/**
 * Written with a check's result: in the transaction that applies the
 * provider's answer when there is one to apply (so the record and the
 * money move together or not at all), else in a transaction of its own.
 */
type CheckRecorder = (trx: TransactionClientContract, result: CheckResult) => Promise<unknown>

/** The pay-ins: start one, apply what the provider says of it, reconcile the silent ones. */
@inject()
export default class PaymentService {
  constructor(
    private gateways: PaymentGateways,
    private ledger: LedgerService,
    private events: MoneyEventService,
    private access: OrderAccessService,
    private feed: PaymentFeed,
    private refunds: RefundService
  ) {}

  /** An order's payment attempts, newest first. */
  forOrder(orderId: number) {
    return Payment.query().where('order_id', orderId).orderBy('id', 'desc')
  }

  /**
   * Starts a pay-in of the order's price: the attempt is stored (one live
   * attempt per order) before the provider is asked, so its callback always
   * finds it. A provider that refuses outright fails it at once with the
   * reason; one that cannot be reached leaves it pending for reconciliation.
   */
  async start(order: Order, payer: User, input: StartPayment) {
    const phone = this.#payerPhone(order, input.phone ?? payer.phone)
    if (!mobileProvidersFor(order.currency).includes(input.provider)) {
      throw new DomainException(`${input.provider} does not collect ${order.currency}.`, {
        status: 422,
        code: 'E_VALIDATION',
        field: 'provider',
      })
    }
    const gateway = this.gateways.for(input.provider)
    const payment = await db.transaction(async (trx) => {
      const locked = await Order.query({ client: trx })
        .where('id', order.id)
        .forUpdate()
        .firstOrFail()
      const live = await Payment.query({ client: trx })
        .where('order_id', locked.id)
        .whereIn('status', LIVE_PAYMENT_STATUSES)
        .first()
      // Who may pay, in which state, and whether it is paid: the order state machine's `pay`.
      assertAllowed(locked, 'pay', await this.access.partiesOf(payer, locked, trx), {
        paid: live?.status === 'received',
      })
      if (live) {
        throw new DomainException(
          `A payment of order ${locked.id} is waiting for the phone; answer it or wait for its result.`,
          { status: 409, code: 'E_PAYMENT_PENDING' }
        )
      }
      return Payment.create(
        {
          orderId: locked.id,
          payerId: payer.id,
          provider: input.provider,
          amount: locked.priceAmount!,
          currency: locked.currency,
          phone,
          status: 'pending',
          callbackToken: randomBytes(32).toString('base64url'),
          accountReference: accountReferenceFor(locked.id),
        },
        { client: trx }
      )
    })
    // The shipper side's other screens hear of the attempt too.
    void this.feed.push(payment)

    try {
      const started = await gateway.requestPayment({
        paymentId: payment.id,
        amount: payment.amount,
        currency: payment.currency,
        phone,
        accountReference: payment.accountReference,
        description: `Order ${order.id}`,
        callbackUrl: this.callbackUrl(payment),
        returnUrl: `${appUrl}/orders/${order.id}`,
        language: payer.locale,
      })
      await this.#adopt(payment.id, started)
    } catch (error) {
      if (!(error instanceof PaymentRequestRefused)) {
        // The outcome is unknown (timeout, network): reconciliation decides.
        logger.warn({ err: error, paymentId: payment.id }, 'payment request outcome unknown')
        return payment.refresh()
      }
      await this.#finish(payment.id, {
        state: 'failed',
        reason: error.reason,
        detail: error.message,
      })
    }
    return payment.refresh()
  }

  /** Our callback URL for this attempt: its secret token is the proof a callback is about it. */
  callbackUrl(payment: Payment) {
    const path = callbackProtocolOf(payment.provider).path(payment.callbackToken)
    return `${moneyConfig.callbackBaseUrl}${path}`
  }

  /**
   * Applies what the provider says of an attempt (the job after a callback,
   * or reconciliation): the callback must match the attempt, and the
   * outcome comes from the provider's query API, never from the callback
   * alone. Applied at most once however often it runs.
   */
  async confirm(paymentId: number, callbackId?: number, record?: CheckRecorder) {
    const callback = callbackId ? await PaymentCallback.find(callbackId) : null
    const payment = await Payment.find(paymentId)
    if (!payment) return 'unknown'
    const report = callback ? callbackProtocolOf(payment.provider).read(callback.body) : null
    if (payment.status !== 'pending') {
      const paidLate =
        payment.status === 'failed' && report?.paid && !this.#mismatch(payment, report)
      if (paidLate) return this.#paidLate(payment, report!, callback!)
      await this.#noteCallback(callback, 'ignored', `already ${payment.status}`)
      return payment.status
    }
    let providerRef = payment.providerRef
    if (callback) {
      if (report?.proof !== undefined && payment.callbackProof === null) {
        // Orange's notification can outrun the answer that gives us its notif_token.
        throw new Error(
          `payment ${paymentId}: the callback came before our request's answer; retry`
        )
      }
      const problem = this.#mismatch(payment, report)
      if (problem) {
        callbacksRefusedTotal.inc({ provider: payment.provider, reason: 'mismatch' })
        logger.warn({ paymentId, callbackId, problem }, 'payment callback refused: %s', problem)
        await this.#noteCallback(callback, 'mismatch', problem)
        return 'mismatch'
      }
      // The callback came on this attempt's secret URL: it may name the attempt before our request returned.
      providerRef ??= report!.providerRef
      if (providerRef) await this.#adopt(payment.id, { providerRef })
    }
    if (!providerRef) return 'pending'
    const status = await this.gateways
      .for(payment.provider)
      .paymentStatus(this.#attemptOf(payment, providerRef))
    if (status.state === 'pending') {
      if (callback) throw new Error(`payment ${paymentId}: the provider still processes it; retry`)
      return 'pending'
    }
    const receipt = status.state === 'received' ? (status.receipt ?? report?.receipt ?? null) : null
    await this.#finish(payment.id, status, receipt, record)
    await this.#noteCallback(callback, 'applied', status.state)
    return status.state
  }

  /**
   * Pending attempts older than the threshold: each asked about once
   * (`check`), what became of it stored. Returns what became of each.
   */
  async reconcile(now = DateTime.now()) {
    const due = await Payment.query()
      .where('status', 'pending')
      .where('created_at', '<=', now.minus({ minutes: moneyConfig.reconcileAfterMinutes }).toSQL()!)
      .orderBy('id')
    const outcomes: Record<number, string> = {}
    for (const payment of due) {
      const check = await this.check(payment, { now })
      outcomes[payment.id] = check.outcome
    }
    return outcomes
  }

  /**
   * Asks the provider about one pending attempt and stores what came of it
   * (`payment_reconciliations`). Once abandoned (`abandonAfterMinutes`, or
   * `close` from the console), one the provider never named (no id after a
   * lost request) fails as unreachable, and one it still holds open (a Wave
   * session lives a day) is closed at the provider, so the shipper may pay
   * another way; money the provider took is applied as received.
   */
  async check(
    payment: Payment,
    options: {
      now?: DateTime
      close?: boolean
      checkedBy?: number
      /** More to write with the result (the console's audit row), in the same transaction. */
      alsoRecord?: CheckRecorder
    } = {}
  ) {
    const now = options.now ?? DateTime.now()
    const close =
      options.close ?? payment.createdAt < now.minus({ minutes: moneyConfig.abandonAfterMinutes })
    /** The check's row, once its transaction committed. */
    const stored: { row?: PaymentReconciliation } = {}
    const record: CheckRecorder = async (trx, result) => {
      const row = await PaymentReconciliation.create(
        {
          runAt: now,
          paymentId: payment.id,
          provider: payment.provider,
          outcome: result.outcome,
          settled: result.outcome === 'received' || result.outcome === 'failed',
          reason: result.reason,
          detail: result.detail ?? null,
          checkedBy: options.checkedBy ?? null,
        },
        { client: trx }
      )
      await options.alsoRecord?.(trx, result)
      trx.after('commit', () => {
        stored.row = row
      })
    }
    let found: Found
    try {
      found = await this.#ask(payment, close, record)
    } catch (error) {
      logger.warn(
        { err: error, paymentId: payment.id },
        'reconciliation could not settle a payment'
      )
      found = { outcome: 'error', reason: 'error', detail: String(error).slice(0, 500) }
    }
    if (stored.row) return stored.row
    // Nothing was applied (still pending, an error, or applied by someone else first).
    const latest = await Payment.find(payment.id)
    await db.transaction((trx) =>
      record(trx, { ...found, status: latest?.status ?? payment.status })
    )
    return stored.row!
  }

  async #ask(payment: Payment, close: boolean, record: CheckRecorder): Promise<Found> {
    if (!payment.providerRef) {
      if (!close) return { outcome: 'pending', reason: 'not_acknowledged' }
      await this.#finish(
        payment.id,
        {
          state: 'failed',
          reason: 'unreachable',
          detail: 'the provider never acknowledged the request',
        },
        null,
        record
      )
      return { outcome: 'failed', reason: null }
    }
    let outcome = await this.confirm(payment.id, undefined, record)
    if (outcome === 'pending' && close) outcome = await this.#abandon(payment, record)
    if (outcome === 'pending') return { outcome, reason: 'provider_pending' }
    if (outcome === 'received' || outcome === 'failed') return { outcome, reason: null }
    return { outcome: 'error', reason: 'error', detail: outcome }
  }

  /**
   * An attempt we had failed (abandoned, or refused) is reported paid: the
   * provider's query decides. Money that did move is taken into the
   * ledger once (`payment:<id>:received`): it pays the order when nothing
   * else did, else it goes back to its payer (RefundService.forUnwantedPayment).
   */
  async #paidLate(payment: Payment, report: PayInCallback, callback: PaymentCallback) {
    const providerRef = payment.providerRef ?? report.providerRef
    const status = providerRef
      ? await this.gateways
          .for(payment.provider)
          .paymentStatus(this.#attemptOf(payment, providerRef))
      : null
    if (status?.state !== 'received') {
      await this.#noteCallback(
        callback,
        'mismatch',
        'reported paid after it failed; the provider does not say so'
      )
      return payment.status
    }
    const receipt = status.receipt ?? report.receipt ?? null
    const outcome = await db.transaction(async (trx) => {
      const order = await Order.query({ client: trx })
        .where('id', payment.orderId)
        .forUpdate()
        .firstOrFail()
      const locked = await Payment.query({ client: trx })
        .where('id', payment.id)
        .forUpdate()
        .firstOrFail()
      if (locked.status !== 'failed' || locked.providerReceipt) return 'ignored'
      const live = await Payment.query({ client: trx })
        .where('order_id', order.id)
        .whereIn('status', LIVE_PAYMENT_STATUSES)
        .first()
      if (!live && order.status !== 'cancelled') {
        // Nothing else paid the order: this attempt does.
        locked.merge({ status: 'pending', failureReason: null })
        await locked.useTransaction(trx).save()
        return 'adopt'
      }
      const why =
        order.status === 'cancelled'
          ? 'paid after the order was cancelled'
          : 'a second payment of a paid order'
      await this.#returnUnwanted(locked.useTransaction(trx), receipt, why, trx)
      return 'returned'
    })
    if (outcome === 'adopt') await this.#finish(payment.id, status, receipt)
    await this.#noteCallback(
      callback,
      'applied',
      outcome === 'adopt' ? 'received late' : `paid late: ${outcome}`
    )
    return outcome === 'adopt' ? 'received' : outcome === 'returned' ? 'returned' : payment.status
  }

  /** Closes an attempt still open at the provider; what it became then is applied once. */
  async #abandon(payment: Payment, record: CheckRecorder) {
    const status = await this.gateways
      .for(payment.provider)
      .abandonPayment(this.#attemptOf(payment, payment.providerRef!))
    if (status.state !== 'pending') {
      const receipt = status.state === 'received' ? status.receipt : null
      await this.#finish(payment.id, status, receipt, record)
    }
    return status.state
  }

  #attemptOf(payment: Payment, providerRef: string): PayInAttempt {
    return {
      paymentId: payment.id,
      providerRef,
      amount: payment.amount,
      currency: payment.currency,
      accountReference: payment.accountReference,
    }
  }

  /** The orders among `orderIds` whose price is in escrow. */
  async paidOrderIds(orderIds: number[], client?: TransactionClientContract) {
    if (orderIds.length === 0) return new Set<number>()
    const rows = await (client ?? db)
      .from('payments')
      .whereIn('order_id', orderIds)
      .where('status', 'received')
      .select('order_id')
    return new Set(rows.map((row: { order_id: number }) => row.order_id))
  }

  #payerPhone(order: Order, input: string) {
    const parsed = parsePhone(input, CURRENCY[order.currency].country)
    if (!parsed || parsed.country !== CURRENCY[order.currency].country) {
      throw new DomainException(
        `Pay with a mobile money number of the order's country (${CURRENCY[order.currency].country}).`,
        { status: 422, code: 'E_VALIDATION', field: 'phone' }
      )
    }
    return parsed.e164
  }

  /** Records what the provider said of the attempt, unless it already named it. */
  async #adopt(paymentId: number, started: PayInStarted) {
    await db
      .from('payments')
      .where('id', paymentId)
      .whereNull('provider_ref')
      .update({
        provider_ref: started.providerRef,
        checkout_url: started.checkoutUrl ?? null,
        callback_proof: started.callbackProof ?? null,
        updated_at: new Date(),
      })
  }

  /** What in a callback disagrees with the attempt, or null. */
  #mismatch(payment: Payment, report: PayInCallback | null) {
    if (!report) return `not a ${payment.provider} callback`
    if (payment.providerRef && report.providerRef && report.providerRef !== payment.providerRef) {
      return `${report.providerRef} is not this payment's ${payment.providerRef}`
    }
    if (report.proof !== undefined && report.proof !== payment.callbackProof) {
      return 'the callback does not carry the token the provider gave this payment'
    }
    if (report.currency && report.currency !== payment.currency) {
      return `currency ${report.currency} is not ${payment.currency}`
    }
    if (report.paid && report.amount !== undefined && report.amount !== payment.amount) {
      return `amount ${report.amount} is not ${payment.amount} minor units`
    }
    return null
  }

  /**
   * The final state of an attempt, once: received puts the money in escrow
   * in the same transaction, and a check's record is written in it too.
   */
  async #finish(
    paymentId: number,
    status: PayInStatus,
    receipt: string | null = null,
    record?: CheckRecorder
  ) {
    const attempt = await Payment.find(paymentId)
    if (!attempt) return
    await db.transaction(async (trx) => {
      // The order first, as cancelling locks it: a cancellation either sees this money or is seen by it.
      const order = await Order.query({ client: trx })
        .where('id', attempt.orderId)
        .forUpdate()
        .firstOrFail()
      const payment = await Payment.query({ client: trx })
        .where('id', paymentId)
        .forUpdate()
        .first()
      if (!payment || payment.status !== 'pending') return
      payment.useTransaction(trx)
      trx.after('commit', () =>
        paymentsTotal.inc({ provider: payment.provider, outcome: status.state })
      )
      if (status.state === 'received' && order.status === 'cancelled') {
        await this.#returnUnwanted(payment, receipt, 'paid after the order was cancelled', trx)
        return record?.(trx, { outcome: status.state, reason: null, status: payment.status })
      }
      if (status.state === 'received') {
        payment.merge({ status: 'received', providerReceipt: receipt, settledAt: DateTime.now() })
      } else {
        payment.merge({
          status: 'failed',
          failureReason: (status as { reason: PaymentFailure }).reason,
        })
      }
      await payment.save()
      trx.after('commit', () => void this.feed.push(payment))
      const event = {
        paymentId: payment.id,
        orderId: payment.orderId,
        userId: payment.payerId,
        amount: payment.amount,
        currency: payment.currency,
        provider: payment.provider,
      }
      if (status.state === 'received') {
        await this.#receive(payment, receipt, trx)
        this.events.emit('money:payment_received', event, trx)
      } else {
        this.events.emit('money:payment_failed', { ...event, reason: payment.failureReason! }, trx)
      }
      await record?.(trx, { outcome: status.state, reason: null, status: payment.status })
    })
  }

  /**
   * Money came in that the order cannot take (it was cancelled, or another
   * attempt paid it): the attempt is `returned`, its money enters the ledger
   * once and goes back to its payer (RefundService.forUnwantedPayment), and
   * the payer's screens hear of it once this commits. `payment` is locked in `trx`.
   */
  async #returnUnwanted(
    payment: Payment,
    receipt: string | null,
    why: string,
    trx: TransactionClientContract
  ) {
    payment.merge({
      status: 'returned',
      failureReason: null,
      providerReceipt: receipt,
      settledAt: DateTime.now(),
    })
    await payment.save()
    await this.#receive(payment, receipt, trx)
    await this.refunds.forUnwantedPayment(payment, why, trx)
    trx.after('commit', () => void this.feed.push(payment))
  }

  /** The pay-in's money, in the order's escrow (once per attempt). */
  async #receive(payment: Payment, receipt: string | null, trx: TransactionClientContract) {
    await this.ledger.post(
      {
        idempotencyKey: `payment:${payment.id}:received`,
        kind: 'payment_received',
        orderId: payment.orderId,
        memo: receipt ? `${payment.provider} ${receipt}` : payment.provider,
        legs: [
          {
            account: { owner: owners.provider(payment.provider), purpose: 'provider_clearing' },
            amount: payment.amount,
            currency: payment.currency,
          },
          {
            account: { owner: owners.order(payment.orderId), purpose: 'order_escrow' },
            amount: -payment.amount,
            currency: payment.currency,
          },
        ],
      },
      trx
    )
  }

  async #noteCallback(
    callback: PaymentCallback | null,
    outcome: PaymentCallback['outcome'],
    note: string
  ) {
    if (!callback || callback.processedAt) return
    callback.merge({ outcome, note: note.slice(0, 300), processedAt: DateTime.now() })
    await callback.save()
  }
}
