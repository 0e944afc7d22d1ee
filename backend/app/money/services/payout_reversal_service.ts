import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import AuditService from '#audit/services/audit_service'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Payout from '#money/models/payout'
import { orderNameOf } from '#orders/order_name'
import Payment from '#money/models/payment'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import { payoutsTotal } from '#money/money_metrics'
import LedgerService from '#money/services/ledger_service'
import MoneyEventService from '#money/services/money_event_service'
import PayoutGateways from '#money/services/payout_gateways'
import moneyConfig from '#config/money'
import { reversalCheckHours } from '#money/payout_rules'

/** Where a reversed payout's money is owed again: the payee's payable, or the shipper's refund. */
function owedAgain(payout: Payout) {
  if (payout.kind === 'refund') {
    return { owner: owners.order(payout.orderId!), purpose: 'refund_payable' as AccountPurpose }
  }
  const purpose: AccountPurpose = payout.kind === 'farmer' ? 'farmer_payable' : 'carrier_payable'
  return { owner: owners.organisation(payout.organisationId!), purpose }
}

/**
 * A payout its provider reported sent may come back later (Wave reverses
 * payouts). Whether it did is asked of the provider, never taken from a
 * webhook alone; a reversal is applied once per payout: it ends
 * `reversed`, the money the provider took back is owed again (the
 * carrier's payable grows by it), an audit entry says so, and whoever is
 * owed it again is told: the carrier, the farmer or the shipper.
 */
@inject()
export default class PayoutReversalService {
  constructor(
    private gateways: PayoutGateways,
    private ledger: LedgerService,
    private events: MoneyEventService,
    private audit: AuditService
  ) {}

  /**
   * Sent payouts of reversible providers within PAYOUT_REVERSAL_WINDOW_DAYS,
   * each asked once at each of its checkpoints (`reversalCheckHours`) that
   * has passed since it was last asked (the stuck-payouts job).
   */
  async checkRecent(now: DateTime = DateTime.now()) {
    const reversible = this.gateways.reversible()
    if (reversible.length === 0) return 0
    const windowDays = moneyConfig.payouts.reversalWindowDays
    // A day of slack, so the window's last checkpoint is still asked when a sweep came late.
    const since = now.minus({ days: windowDays + 1 })
    const sent = await Payout.query()
      .where('status', 'sent')
      .whereIn('provider', reversible)
      .where('settled_at', '>=', since.toJSDate())
      .where((due) => {
        for (const hours of reversalCheckHours(windowDays)) {
          due.orWhere((checkpoint) =>
            checkpoint
              .where('settled_at', '<=', now.minus({ hours }).toJSDate())
              .where((unasked) =>
                unasked
                  .whereNull('status_queried_at')
                  .orWhereRaw('status_queried_at < settled_at + make_interval(hours => ?)', [hours])
              )
          )
        }
      })
      .orderBy('id')
      .limit(100)
    for (const payout of sent) {
      await Payout.query().where('id', payout.id).update({ status_queried_at: now.toJSDate() })
      try {
        await this.confirm(payout.id)
      } catch (error) {
        logger.warn({ err: error, payoutId: payout.id }, 'a payout reversal check failed')
      }
    }
    return sent.length
  }

  /** Asks the provider whether the sent payout was reversed, and applies it once if so. */
  async confirm(payoutId: number) {
    const payout = await Payout.find(payoutId)
    if (!payout || payout.status !== 'sent' || !payout.providerRef) return 'ignored'
    if (!this.gateways.reversible().includes(payout.provider)) return 'ignored'
    const detail = await this.gateways.for(payout.provider).checkReversal(payout.providerRef)
    return detail === null ? 'standing' : this.apply(payout.id, detail)
  }

  async apply(payoutId: number, detail: string) {
    return db.transaction(async (trx) => {
      const payout = await Payout.query({ client: trx }).where('id', payoutId).forUpdate().first()
      if (!payout || payout.status !== 'sent') return 'ignored'
      payout.useTransaction(trx)
      payout.status = 'reversed'
      await payout.save()
      await this.ledger.post(
        {
          idempotencyKey: `payout:${payout.id}:reversed`,
          kind: `${payout.kind}_payout_reversed`,
          orderId: payout.orderId,
          memo: detail.slice(0, 200),
          legs: [
            {
              account: { owner: owners.provider(payout.provider), purpose: 'provider_clearing' },
              amount: payout.amount,
              currency: payout.currency,
            },
            { account: owedAgain(payout), amount: -payout.amount, currency: payout.currency },
          ],
        },
        trx
      )
      await this.audit.record(
        {
          action: 'payout.reversed',
          actor: null,
          subject: { type: 'payout', id: payout.id, name: await orderNameOf(payout.orderId, trx) },
          reason: detail.slice(0, 500),
          before: { status: 'sent', receipt: payout.providerReceipt },
          after: { status: 'reversed', owedAgain: payout.amount, currency: payout.currency },
        },
        trx
      )
      await this.#announce(payout, trx)
      trx.after('commit', () =>
        payoutsTotal.inc({ provider: payout.provider, outcome: 'reversed' })
      )
      return 'applied'
    })
  }

  /** Whoever is owed the money again hears of it: the carrier, the farmer, or the shipper. */
  async #announce(payout: Payout, trx: TransactionClientContract) {
    const facts = {
      payoutId: payout.id,
      amount: payout.amount,
      currency: payout.currency,
      provider: payout.provider,
    }
    if (payout.kind === 'carrier' || payout.kind === 'farmer') {
      const name =
        payout.kind === 'carrier' ? 'money:payout_reversed' : 'money:farmer_payout_reversed'
      this.events.emit(name, { ...facts, organisationId: payout.organisationId! }, trx)
      return
    }
    const payment = payout.paymentId ? await Payment.find(payout.paymentId, { client: trx }) : null
    if (!payment || payout.orderId === null) return
    this.events.emit(
      'money:refund_reversed',
      { ...facts, orderId: payout.orderId, userId: payment.payerId },
      trx
    )
  }
}
