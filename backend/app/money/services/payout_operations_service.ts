import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import DomainException from '#core/exceptions/domain_exception'
import type User from '#accounts/models/user'
import AuditService from '#audit/services/audit_service'
import type { AuditAction } from '#audit/audit_actions'
import Payout, { type PayoutKind, type PayoutStatus } from '#money/models/payout'
import { orderNameOf } from '#orders/order_name'
import PayoutControls from '#money/services/payout_controls'
import PayoutService from '#money/services/payout_service'
import RefundService from '#money/services/refund_service'
import moneyConfig from '#config/money'

export interface PayoutFilters {
  status?: PayoutStatus
  kind?: PayoutKind
  attention?: boolean
  orderId?: number
}

const actorOf = (user: User) => ({ id: user.id, role: user.role, name: user.name })
const stateOf = (payout: Payout) => ({
  status: payout.status,
  attempt: payout.attempt,
  failureReason: payout.failureReason,
  receipt: payout.providerReceipt,
})

/**
 * What operators do to outgoing money, each in one transaction with its
 * audit row: look at payouts (what needs them first), retry or cancel one,
 * refund a paid order, pause and resume all payouts.
 */
@inject()
export default class PayoutOperationsService {
  constructor(
    private payouts: PayoutService,
    private refunds: RefundService,
    private controls: PayoutControls,
    private audit: AuditService
  ) {}

  search(filters: PayoutFilters, page: number, perPage: number) {
    const query = Payout.query().orderBy('id', 'desc')
    if (filters.status) query.where('status', filters.status)
    if (filters.kind) query.where('kind', filters.kind)
    if (filters.orderId) query.where('order_id', filters.orderId)
    if (filters.attention) {
      const stuckBefore = DateTime.now().minus({ minutes: moneyConfig.payouts.stuckAfterMinutes })
      query.where((needs) =>
        needs
          .where('status', 'failed')
          .orWhere((stuck) =>
            stuck.where('status', 'sending').where('requested_at', '<', stuckBefore.toJSDate())
          )
      )
    }
    return query.paginate(page, perPage)
  }

  async retry(payoutId: number, actor: User, reason: string) {
    return this.#act(payoutId, actor, reason, 'payout.retried', (payout, trx) =>
      this.payouts.retry(payout, trx)
    )
  }

  async cancel(payoutId: number, actor: User, reason: string) {
    return this.#act(payoutId, actor, reason, 'payout.cancelled', (payout, trx) =>
      this.payouts.cancel(payout, trx)
    )
  }

  async markSent(payoutId: number, actor: User, receipt: string, reason: string) {
    return this.#act(payoutId, actor, reason, 'payout.marked_sent', (payout, trx) =>
      this.payouts.markSent(payout, receipt, trx)
    )
  }

  async markFailed(payoutId: number, actor: User, reason: string) {
    return this.#act(payoutId, actor, reason, 'payout.marked_failed', (payout, trx) =>
      this.payouts.markFailed(payout, trx)
    )
  }

  async refundedByHand(payoutId: number, actor: User, receipt: string | null, reason: string) {
    return this.#act(payoutId, actor, reason, 'payout.refunded_by_hand', (payout, trx) =>
      this.payouts.refundedByHand(payout, receipt, trx)
    )
  }

  async refund(
    orderId: number,
    actor: User,
    input: { amount?: number; key: string; reason: string }
  ) {
    return db.transaction(async (trx) => {
      const refund = await this.refunds.refund(
        orderId,
        { ...input, requestedBy: actor.id, locale: actor.locale },
        trx
      )
      if (refund.$isLocal) {
        await this.audit.record(
          {
            action: 'refund.requested',
            actor: actorOf(actor),
            subject: { type: 'order', id: orderId, name: await orderNameOf(orderId, trx) },
            reason: input.reason,
            after: { payoutId: refund.id, amount: refund.amount, currency: refund.currency },
          },
          trx
        )
      }
      return refund
    })
  }

  async switchState() {
    const state = await this.controls.switch()
    const row = await db.from('payouts').where('status', 'queued').count('* as total').first()
    return { ...state, queued: Number(row?.total ?? 0) }
  }

  async setPaused(paused: boolean, actor: User, reason: string) {
    await db.transaction(async (trx) => {
      const before = await this.controls.switch(trx)
      if (!paused && before.byEnvironment) {
        throw new DomainException(
          'Payouts are paused by PAYOUTS_PAUSED in the environment; only a deploy resumes them.',
          { status: 409, code: 'E_PAUSED_BY_ENVIRONMENT' }
        )
      }
      await this.controls.setPaused(paused, { userId: actor.id, reason }, trx)
      await this.audit.record(
        {
          action: paused ? 'payouts.paused' : 'payouts.resumed',
          actor: actorOf(actor),
          subject: { type: 'payouts', id: 'switch' },
          reason,
          before: { paused: before.paused },
          after: { paused },
        },
        trx
      )
    })
    if (!paused) await this.payouts.sendQueued()
    return this.switchState()
  }

  async #act(
    payoutId: number,
    actor: User,
    reason: string,
    action: Extract<AuditAction, `payout.${string}`>,
    change: (payout: Payout, trx: Parameters<PayoutService['retry']>[1]) => Promise<Payout>
  ) {
    return db.transaction(async (trx) => {
      const payout = await Payout.query({ client: trx }).where('id', payoutId).forUpdate().first()
      if (!payout) throw DomainException.notFound('Payout')
      const before = stateOf(payout)
      const changed = await change(payout, trx)
      await this.audit.record(
        {
          action,
          actor: actorOf(actor),
          subject: { type: 'payout', id: payout.id, name: await orderNameOf(payout.orderId, trx) },
          reason,
          before,
          after: stateOf(changed),
        },
        trx
      )
      return changed
    })
  }
}
