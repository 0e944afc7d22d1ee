import { inject } from '@adonisjs/core'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import logger from '@adonisjs/core/services/logger'
import type Order from '#orders/models/order'
import { CURRENCY } from '#core/money_format'
import { owners } from '#money/ledger_accounts'
import LedgerService from '#money/services/ledger_service'
import moneyConfig from '#config/money'

/** What a settlement journal carries (its `data`): the carrier's statement line. */
export interface SettlementLine {
  carrierOrganisationId: number
  method: 'mobile_money' | 'cash'
  currency: string
  gross: number
  commission: number
  net: number
}

/**
 * Settlement on completion (confirmation or auto-completion), in the
 * transaction that completes the order, once per order (journal key
 * `order:<id>:settlement`):
 * - mobile money: the escrow splits into the carrier's payable and the
 *   platform's commission;
 * - cash: the carrier collected the price from the receiver, so it owes the
 *   platform its commission (its cash-held account grows by it).
 */
@inject()
export default class SettlementService {
  constructor(private ledger: LedgerService) {}

  /** The platform's share of `gross` in the order's country (whole minor units, rounded down). */
  commissionOf(gross: number, currency: string) {
    const country = CURRENCY[currency as keyof typeof CURRENCY]?.country
    const { percentByCountry, defaultPercent } = moneyConfig.commission
    const percent = percentByCountry[country] ?? defaultPercent
    return Math.floor((gross * percent) / 100)
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
    const commission = this.commissionOf(gross, currency)
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
    return line
  }
}
