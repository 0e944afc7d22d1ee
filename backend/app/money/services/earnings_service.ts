import { DateTime } from 'luxon'
import type { Currency } from '#core/money_format'
import db from '@adonisjs/lucid/services/db'
import { ACCOUNT_PURPOSES, owners, type AccountPurpose } from '#money/ledger_accounts'
import type { SettlementLine } from '#money/services/settlement_service'
import { csvDocument } from '#core/csv'
import Payout from '#money/models/payout'
import Order from '#orders/models/order'
import { orderName } from '#orders/order_name'

/** The accounts a carrier's earnings page shows. */
const CARRIER_ACCOUNTS = ['carrier_payable', 'payout_in_flight', 'cash_held_by_carrier'] as const

export interface EarningsLine extends SettlementLine {
  orderId: number
  /** The order by cargo and places (`orderName`), as people call it. */
  orderName: string
  settledAt: string
  /** The payout of this order's net (none for cash, or before payouts existed). */
  payout: Pick<Payout, 'id' | 'status' | 'providerReceipt' | 'failureReason'> | null
}

export interface Earnings {
  /** Per currency: owed to the carrier, being paid out, and commission the carrier owes on cash orders. */
  balances: { currency: Currency; payable: number; payingOut: number; cashCommissionOwed: number }[]
  lines: EarningsLine[]
}

/**
 * A carrier's earnings, read from the ledger (the one record): balances
 * from its accounts, and one line per settled order from the settlement
 * journals, newest first; `period` (YYYY-MM, UTC) narrows the lines.
 */
export default class EarningsService {
  async of(organisationId: number, period?: string): Promise<Earnings> {
    const accounts = await db
      .from('ledger_account_balances')
      .where('owner', owners.organisation(organisationId))
      .whereIn('purpose', [...CARRIER_ACCOUNTS])
      .select('purpose', 'currency', 'balance')
      .orderBy('currency')
    const byCurrency = new Map<string, Earnings['balances'][number]>()
    for (const row of accounts) {
      const entry = byCurrency.get(row.currency) ?? {
        currency: row.currency,
        payable: 0,
        payingOut: 0,
        cashCommissionOwed: 0,
      }
      const purpose = row.purpose as AccountPurpose
      const signed = Number(row.balance)
      const amount = ACCOUNT_PURPOSES[purpose].normal === 'debit' ? signed : -signed
      if (purpose === 'carrier_payable') entry.payable = amount
      else if (purpose === 'payout_in_flight') entry.payingOut = amount
      else entry.cashCommissionOwed = amount
      byCurrency.set(row.currency, entry)
    }

    const query = db
      .from('ledger_journals')
      .where('kind', 'settlement')
      .whereRaw(`data->>'carrierOrganisationId' = ?`, [String(organisationId)])
      .select('order_id', 'data', 'created_at')
      .orderBy('id', 'desc')
      .limit(1000)
    if (period) {
      const start = DateTime.fromFormat(period, 'yyyy-MM', { zone: 'utc' })
      query.where('created_at', '>=', start.toJSDate())
      query.where('created_at', '<', start.plus({ months: 1 }).toJSDate())
    }
    const journals = await query
    const payouts = await Payout.query()
      .where('kind', 'carrier')
      .where('organisation_id', organisationId)
      .whereIn(
        'order_id',
        journals.map((row) => row.order_id)
      )
    const payoutOf = new Map(payouts.map((payout) => [payout.orderId, payout]))
    const orders = await Order.query().whereIn(
      'id',
      journals.map((row) => row.order_id)
    )
    const nameOf = new Map(orders.map((order) => [order.id, orderName(order)]))
    return {
      balances: [...byCurrency.values()],
      lines: journals.map((row) => ({
        ...(row.data as SettlementLine),
        orderId: row.order_id,
        orderName: nameOf.get(row.order_id) ?? '',
        settledAt: DateTime.fromJSDate(new Date(row.created_at)).toUTC().toISO()!,
        payout: payoutOf.get(row.order_id) ?? null,
      })),
    }
  }

  /** The lines as CSV, amounts in minor units with their currency. */
  csvOf(earnings: Earnings) {
    return csvDocument([
      [
        'settled_at',
        'order',
        'order_name',
        'method',
        'currency',
        'gross_minor',
        'commission_minor',
        'net_minor',
        'payout_status',
        'payout_receipt',
      ],
      ...earnings.lines.map((line) => [
        line.settledAt,
        line.orderId,
        line.orderName,
        line.method,
        line.currency,
        line.gross,
        line.commission,
        line.net,
        line.payout?.status ?? '',
        line.payout?.providerReceipt ?? '',
      ]),
    ])
  }
}
