import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Currency } from '#core/money_format'
import { ACCOUNT_PURPOSES, type AccountPurpose, type JournalKind } from '#money/ledger_accounts'

export interface LedgerTotal {
  currency: Currency
  purpose: AccountPurpose
  /** The sum of the purpose's accounts on their normal side (what escrow holds, what carriers are owed). */
  balance: number
  accounts: number
}

export interface JournalLine {
  id: number
  kind: JournalKind
  memo: string
  createdAt: string
  entries: { owner: string; purpose: AccountPurpose; amount: number; currency: Currency }[]
}

/** What the console reads of the ledger: totals per currency and purpose, an order's journals. */
export default class LedgerReportService {
  async totals(): Promise<LedgerTotal[]> {
    const rows = await db
      .from('ledger_account_balances')
      .select('currency', 'purpose')
      .sum('balance as balance')
      .count('* as accounts')
      .groupBy('currency', 'purpose')
      .orderBy(['currency', 'purpose'])
    return rows.map((row) => {
      const purpose = row.purpose as AccountPurpose
      const signed = Number(row.balance)
      return {
        currency: row.currency,
        purpose,
        balance: ACCOUNT_PURPOSES[purpose].normal === 'debit' ? signed : -signed,
        accounts: Number(row.accounts),
      }
    })
  }

  /** Every journal about the order, oldest first, each with its entries (debit > 0, credit < 0). */
  async ofOrder(orderId: number): Promise<JournalLine[]> {
    const journals = await db
      .from('ledger_journals')
      .where('order_id', orderId)
      .select('id', 'kind', 'memo', 'created_at')
      .orderBy('id')
    if (journals.length === 0) return []
    const entries = await db
      .from('ledger_entries')
      .join('ledger_accounts', 'ledger_accounts.id', 'ledger_entries.account_id')
      .whereIn(
        'ledger_entries.journal_id',
        journals.map((journal) => journal.id)
      )
      .select(
        'ledger_entries.journal_id',
        'ledger_entries.amount',
        'ledger_entries.currency',
        'ledger_accounts.owner',
        'ledger_accounts.purpose'
      )
      .orderBy('ledger_entries.id')
    return journals.map((journal) => ({
      id: Number(journal.id),
      kind: journal.kind as JournalKind,
      memo: journal.memo,
      createdAt: DateTime.fromJSDate(new Date(journal.created_at)).toUTC().toISO()!,
      entries: entries
        .filter((entry) => Number(entry.journal_id) === Number(journal.id))
        .map((entry) => ({
          owner: entry.owner,
          purpose: entry.purpose as AccountPurpose,
          amount: Number(entry.amount),
          currency: entry.currency,
        })),
    }))
  }
}
