import { inject } from '@adonisjs/core'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import logger from '@adonisjs/core/services/logger'
import type Order from '#orders/models/order'
import type { Currency } from '#core/money_format'
import { owners } from '#money/ledger_accounts'
import LedgerService from '#money/services/ledger_service'
import PayoutService from '#money/services/payout_service'
import RefundService from '#money/services/refund_service'
import { splitOnOrder } from '#money/commission'
import DomainException from '#core/exceptions/domain_exception'
import type { DecisionInput, DecisionMoney } from '#orders/services/order_payments'

/** What a settlement journal carries (its `data`): the carrier's statement line. */
export interface SettlementLine {
  carrierOrganisationId: number
  method: 'mobile_money' | 'cash'
  currency: Currency
  gross: number
  commission: number
  net: number
}

/**
 * Settlement on completion (confirmation or auto-completion), in the
 * transaction that completes the order, once per order (journal key
 * `order:<id>:settlement`):
 * - mobile money: the escrow splits into the carrier's payable and the
 *   platform's commission, and the carrier's payout is created (sent by a
 *   job after the commit);
 * - cash: the carrier collected the price from the receiver, so it owes the
 *   platform its commission (its cash-held account grows by it).
 */
@inject()
export default class SettlementService {
  constructor(
    private ledger: LedgerService,
    private payouts: PayoutService,
    private refunds: RefundService
  ) {}

  /** The platform's share of `gross` (whole minor units, rounded down) at the order's fixed rate. */
  commissionOf(gross: number, order: Order) {
    return splitOnOrder(order, gross).commission
  }

  /** What escrow holds for the order now. */
  held(order: Order, trx?: TransactionClientContract) {
    return this.ledger.balance(
      { owner: owners.order(order.id), purpose: 'order_escrow', currency: order.currency },
      trx
    )
  }

  /**
   * An admin's decision on a disputed order, in the deciding transaction:
   * the escrow goes to the carrier (less the commission on its share), back
   * to the shipper (a refund payable of the order, until the refund is
   * sent), or split. Posted under the settlement's own key, so an order is
   * settled once, by its completion or by its dispute's decision. A cash
   * order's money never passed through us: only paying the carrier applies.
   */
  async settleDispute(
    order: Order,
    input: DecisionInput,
    trx: TransactionClientContract
  ): Promise<DecisionMoney> {
    const currency = order.currency
    if (order.paymentMethod === 'cash') {
      if (input.decision !== 'pay_carrier') {
        throw new DomainException(
          `Order ${order.id} was paid in cash to the carrier: the platform holds nothing to refund.`,
          { status: 409, code: 'E_CASH_ORDER' }
        )
      }
      const line = await this.settle(order, trx)
      return {
        currency,
        held: 0,
        carrierAmount: line?.gross ?? 0,
        commission: line?.commission ?? 0,
        refundAmount: 0,
      }
    }
    const held = await this.held(order, trx)
    if (held <= 0 && input.decision === 'pay_carrier') {
      logger.warn({ orderId: order.id }, 'a dispute was decided with nothing in escrow')
      return { currency, held: 0, carrierAmount: 0, commission: 0, refundAmount: 0 }
    }
    if (held <= 0) {
      throw new DomainException(`Escrow holds nothing for order ${order.id}.`, {
        status: 409,
        code: 'E_NOTHING_IN_ESCROW',
      })
    }
    const carrierAmount =
      input.decision === 'pay_carrier'
        ? held
        : input.decision === 'split'
          ? input.carrierAmount!
          : 0
    if (input.decision === 'split' && !(carrierAmount > 0 && carrierAmount < held)) {
      throw new DomainException(
        `The carrier's share must be more than 0 and less than the ${held} held in escrow (minor units).`,
        { status: 422, code: 'E_SPLIT_OUT_OF_RANGE', field: 'carrierAmount' }
      )
    }
    const commission = this.commissionOf(carrierAmount, order)
    const refundAmount = held - carrierAmount
    const carrierId = order.carrierOrganisationId!
    const line: SettlementLine = {
      carrierOrganisationId: carrierId,
      method: order.paymentMethod,
      currency,
      gross: carrierAmount,
      commission,
      net: carrierAmount - commission,
    }
    const legs = [
      {
        account: { owner: owners.order(order.id), purpose: 'order_escrow' as const },
        amount: held,
      },
      {
        account: { owner: owners.organisation(carrierId), purpose: 'carrier_payable' as const },
        amount: -line.net,
      },
      {
        account: { owner: owners.platform, purpose: 'platform_commission' as const },
        amount: -commission,
      },
      {
        account: { owner: owners.order(order.id), purpose: 'refund_payable' as const },
        amount: -refundAmount,
      },
    ]
    const posted = await this.ledger.post(
      {
        idempotencyKey: `order:${order.id}:settlement`,
        // A settlement is a carrier's earnings line; a full refund is not.
        kind: carrierAmount > 0 ? 'settlement' : 'dispute_refund',
        orderId: order.id,
        memo: `order ${order.id} dispute: ${input.decision}`,
        data: carrierAmount > 0 ? { ...line, refundAmount } : { currency, refundAmount },
        legs: legs.filter((leg) => leg.amount !== 0).map((leg) => ({ ...leg, currency })),
      },
      trx
    )
    if (!posted.created) {
      throw new DomainException(`Order ${order.id} is already settled.`, {
        status: 409,
        code: 'E_ALREADY_SETTLED',
      })
    }
    // The decided money leaves by the payout jobs after the commit.
    if (line.net > 0) {
      await this.payouts.forSettlement(
        { orderId: order.id, organisationId: carrierId, net: line.net, currency },
        trx
      )
    }
    await this.refunds.forDispute(order, refundAmount, trx)
    return { currency, held, carrierAmount, commission, refundAmount }
  }

  async settle(order: Order, trx: TransactionClientContract) {
    const carrierId = order.carrierOrganisationId
    if (!carrierId) return null
    const currency = order.currency
    const carrier = owners.organisation(carrierId)
    const gross =
      order.paymentMethod === 'cash'
        ? (order.priceAmount ?? 0)
        : await this.ledger.balance(
            { owner: owners.order(order.id), purpose: 'order_escrow', currency },
            trx
          )
    if (gross <= 0) {
      logger.warn({ orderId: order.id }, 'an order completed with nothing to settle')
      return null
    }
    const commission = this.commissionOf(gross, order)
    const line: SettlementLine = {
      carrierOrganisationId: carrierId,
      method: order.paymentMethod,
      currency,
      gross,
      commission,
      net: gross - commission,
    }
    const platform = { owner: owners.platform, purpose: 'platform_commission' } as const
    const legs =
      order.paymentMethod === 'cash'
        ? [
            {
              account: { owner: carrier, purpose: 'cash_held_by_carrier' as const },
              amount: commission,
              currency,
            },
            { account: platform, amount: -commission, currency },
          ]
        : [
            {
              account: { owner: owners.order(order.id), purpose: 'order_escrow' as const },
              amount: gross,
              currency,
            },
            {
              account: { owner: carrier, purpose: 'carrier_payable' as const },
              amount: -line.net,
              currency,
            },
            { account: platform, amount: -commission, currency },
          ]
    const moving = legs.filter((leg) => leg.amount !== 0)
    if (moving.length < 2) return line // a cash order without commission moves nothing
    await this.ledger.post(
      {
        idempotencyKey: `order:${order.id}:settlement`,
        kind: 'settlement',
        orderId: order.id,
        memo: `order ${order.id} ${order.paymentMethod}`,
        data: { ...line },
        legs: moving,
      },
      trx
    )
    if (order.paymentMethod === 'mobile_money') {
      await this.payouts.forSettlement(
        { orderId: order.id, organisationId: carrierId, net: line.net, currency },
        trx
      )
    }
    return line
  }
}
