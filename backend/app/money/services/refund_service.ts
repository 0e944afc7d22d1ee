import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import type { Locale } from '#core/locales'
import { formatMoney } from '#core/money_format'
import Order from '#orders/models/order'
import { orderNameOf } from '#orders/order_name'
import Payment from '#money/models/payment'
import type Payout from '#money/models/payout'
import { owners } from '#money/ledger_accounts'
import { refundRefusal, type PayoutFailure } from '#money/payout_texts'
import { providerName } from '#money/payment_providers'
import LedgerService from '#money/services/ledger_service'
import PayoutControls from '#money/services/payout_controls'
import PayoutService from '#money/services/payout_service'
import PayoutGateways from '#money/services/payout_gateways'
import AuditService from '#audit/services/audit_service'

export interface RefundRequest {
  /** Minor units; the whole escrow when absent. */
  amount?: number
  /** The caller's key for this refund: the same key never refunds twice. */
  key: string
  reason: string
  requestedBy: number
  /** The language of the refusals. */
  locale: Locale
}

/**
 * Refunds to the payer of a paid order (an operator's decision, later a
 * dispute's): escrow moves to refund payable and a B2C payout sends it to
 * the number that paid. Partial refunds are allowed up to what escrow
 * holds; the database refuses escrow going below zero, so two refunds
 * racing for the same money cannot both pass.
 */
@inject()
export default class RefundService {
  constructor(
    private payouts: PayoutService,
    private ledger: LedgerService,
    private controls: PayoutControls,
    private gateways: PayoutGateways,
    private audit: AuditService
  ) {}

  async refund(
    orderId: number,
    request: RefundRequest,
    trx?: TransactionClientContract
  ): Promise<Payout> {
    if (!trx) return db.transaction((own) => this.refund(orderId, request, own))
    const order = await Order.query({ client: trx }).where('id', orderId).forUpdate().firstOrFail()
    const refuse = (which: Parameters<typeof refundRefusal>[0], values = {}) =>
      new DomainException(refundRefusal(which, request.locale, values), {
        status: 422,
        code: 'E_REFUND_REFUSED',
        field: which === 'above_held' || which === 'over_limit' ? 'amount' : undefined,
      })
    const existing = await this.payouts.byCause(this.#cause(order.id, request.key), trx)
    if (existing) return existing
    const payer = await this.#payerOf(order, trx)
    if (payer.refusal === 'no_payer_number') throw refuse('no_payer_number')
    // Refused before anything moves: a refund queued where no gateway pays would wait for ever.
    if (payer.refusal) {
      throw refuse('provider_cannot_refund', { provider: providerName(payer.provider) })
    }
    const held = await this.#held(order, trx)
    if (held <= 0) throw refuse('nothing_held')
    const amount = request.amount ?? held
    const money = (minor: number) => formatMoney(minor, order.currency, request.locale)
    if (amount > held) throw refuse('above_held', { held: money(held) })
    const max = this.controls.maxPerTransaction(order.currency)
    if (max !== null && amount > max) throw refuse('over_limit', { limit: money(max) })
    return this.#send(payer.payment, amount, request, trx)
  }

  /**
   * Sends what a dispute's decision put in the order's refund payable back
   * to the number that paid, in the deciding transaction (cause
   * `refund:<order>:dispute`). Without a mobile money payment, or while its
   * provider pays nothing out, it stays payable for an admin.
   */
  async forDispute(order: Order, amount: number, trx: TransactionClientContract) {
    const payer = await this.#payerOf(order, trx)
    if (payer.refusal || amount <= 0) return null
    const cause = { key: 'dispute', reason: 'dispute decision', alreadyReserved: true }
    return this.#send(payer.payment, amount, cause, trx)
  }

  /**
   * A paid order is cancelled: what its escrow still holds goes back to the
   * number that paid, in the cancelling transaction (cause
   * `refund:<order>:cancellation`, so once). A dispute decided for the
   * shipper has already moved the escrow (nothing is left to refund here);
   * without a mobile money payment, or while its provider pays nothing out,
   * the money stays in escrow for an admin.
   */
  async forCancellation(order: Order, trx: TransactionClientContract) {
    const payer = await this.#payerOf(order, trx)
    if (payer.refusal) return null
    const held = await this.#held(order, trx)
    if (held <= 0) return null
    const cause = { key: 'cancellation', reason: 'order cancelled' }
    return this.#send(payer.payment, held, cause, trx)
  }

  /**
   * A pay-in the order cannot take (confirmed after the order was
   * cancelled, or a second payment of a paid order) goes back to its payer,
   * in the transaction that received it (cause `refund:<order>:payment:<id>`,
   * so once): M-Pesa reverses the transaction (Reversal API), another
   * provider that pays out refunds the number; without one the money stays
   * in the order's escrow for an admin. Audited either way.
   */
  async forUnwantedPayment(payment: Payment, why: string, trx: TransactionClientContract) {
    const returnable = this.gateways.has(payment.provider, payment.currency)
    const reverses =
      returnable && this.gateways.for(payment.provider).reverses ? payment.providerReceipt : null
    // No provider sends it from here: a refund waits in the console for an operator to return it by hand.
    const payout = payment.phone
      ? await this.#send(
          payment as Payment & { phone: string },
          payment.amount,
          {
            key: `payment:${payment.id}`,
            reason: why,
            reversesReceipt: reverses,
            waitsForOperator: returnable ? undefined : 'manual_return',
          },
          trx
        )
      : null
    if (payout?.$isLocal === false) return payout
    await this.audit.record(
      {
        action: 'payment.unwanted',
        actor: null,
        subject: {
          type: 'order',
          id: payment.orderId,
          name: await orderNameOf(payment.orderId, trx),
        },
        reason: why,
        after: {
          paymentId: payment.id,
          amount: payment.amount,
          currency: payment.currency,
          provider: payment.provider,
          receipt: payment.providerReceipt,
          returnedBy: !payout
            ? 'waits_for_admin'
            : !returnable
              ? 'by_hand'
              : reverses
                ? 'reversal'
                : 'refund',
          payoutId: payout?.id ?? null,
        },
      },
      trx
    )
    return payout
  }

  /** The one way every refund leaves: a refund payout to the number that paid, once per cause. */
  #send(
    payment: Payment & { phone: string },
    amount: number,
    cause: {
      key: string
      reason: string
      requestedBy?: number
      alreadyReserved?: boolean
      reversesReceipt?: string | null
      waitsForOperator?: PayoutFailure
    },
    trx: TransactionClientContract
  ) {
    return this.payouts.create(
      {
        kind: 'refund',
        idempotencyKey: this.#cause(payment.orderId, cause.key),
        orderId: payment.orderId,
        paymentId: payment.id,
        provider: payment.provider,
        amount,
        currency: payment.currency,
        phone: payment.phone,
        requestedBy: cause.requestedBy ?? null,
        reason: cause.reason,
        alreadyReserved: cause.alreadyReserved,
        reversesReceipt: cause.reversesReceipt,
        waitsForOperator: cause.waitsForOperator,
      },
      trx
    )
  }

  /** The payment a refund goes back through, or why there is none that a gateway pays out. */
  async #payerOf(order: Order, trx: TransactionClientContract) {
    const payment = await this.#paymentOf(order, trx)
    if (!payment?.phone) return { refusal: 'no_payer_number' as const }
    if (!this.gateways.has(payment.provider, order.currency)) {
      return { refusal: 'provider_cannot_refund' as const, provider: payment.provider }
    }
    return { refusal: null, payment: payment as Payment & { phone: string } }
  }

  #held(order: Order, trx: TransactionClientContract) {
    return this.ledger.balance(
      { owner: owners.order(order.id), purpose: 'order_escrow', currency: order.currency },
      trx
    )
  }

  #paymentOf(order: Order, trx: TransactionClientContract) {
    return Payment.query({ client: trx })
      .where('order_id', order.id)
      .where('status', 'received')
      .first()
  }

  #cause(orderId: number, key: string) {
    return `refund:${orderId}:${key}`
  }
}
