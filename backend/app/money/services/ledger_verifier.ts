import db from '@adonisjs/lucid/services/db'

/** The ledger's invariants, each checked over every row. */
export const LEDGER_CHECKS = [
  'balance',
  'journal_balanced',
  'journal_entries',
  'entry_currency',
  'non_negative',
  'trial_balance',
] as const
export type LedgerCheck = (typeof LEDGER_CHECKS)[number]

/** What a problem is about: ids, the account's owner and purpose, currencies, amounts in minor units. */
export type ProblemValues = Record<string, string | number>

export interface LedgerProblem {
  check: LedgerCheck
  /** In English, for the command line and the logs. */
  detail: string
  /** The same facts by name, for a reader's language (the console words them in en/fr/sw). */
  values: ProblemValues
}

/**
 * `node ace ledger:verify` and the console: recomputes every balance from the entries and
 * checks every invariant of the ledger. An empty list means it is sound.
 */
export default class LedgerVerifier {
  async verify(): Promise<LedgerProblem[]> {
    const problems: LedgerProblem[] = []
    const add = (
      check: LedgerCheck,
      rows: Record<string, unknown>[],
      describe: (row: any) => string,
      values: (row: any) => ProblemValues
    ) => {
      for (const row of rows) problems.push({ check, detail: describe(row), values: values(row) })
    }
    // Counts and sums come back from PostgreSQL as strings (bigint, numeric).
    const n = (value: unknown) => Number(value)

    const drift = await db.rawQuery(`
      SELECT a.id, a.owner, a.purpose, a.currency, a.balance, coalesce(sum(e.amount), 0) AS computed
      FROM ledger_account_balances a LEFT JOIN ledger_entries e ON e.account_id = a.id
      GROUP BY a.id, a.owner, a.purpose, a.currency, a.balance HAVING a.balance <> coalesce(sum(e.amount), 0)`)
    add(
      'balance',
      drift.rows,
      (r) =>
        `account ${r.id} (${r.owner} ${r.purpose} ${r.currency}) holds ${r.balance}, its entries sum to ${r.computed}`,
      (r) => ({
        account: n(r.id),
        owner: r.owner,
        purpose: r.purpose,
        currency: r.currency,
        balance: n(r.balance),
        computed: n(r.computed),
      })
    )

    const unbalanced = await db.rawQuery(`
      SELECT journal_id, currency, sum(amount) AS total FROM ledger_entries
      GROUP BY journal_id, currency HAVING sum(amount) <> 0`)
    add(
      'journal_balanced',
      unbalanced.rows,
      (r) => `journal ${r.journal_id} is off by ${r.total} ${r.currency}`,
      (r) => ({ journal: n(r.journal_id), currency: r.currency, total: n(r.total) })
    )

    const thin = await db.rawQuery(`
      SELECT j.id, count(e.id) AS entries FROM ledger_journals j
      LEFT JOIN ledger_entries e ON e.journal_id = j.id GROUP BY j.id HAVING count(e.id) < 2`)
    add(
      'journal_entries',
      thin.rows,
      (r) => `journal ${r.id} has ${r.entries} entries`,
      (r) => ({ journal: n(r.id), entries: n(r.entries) })
    )

    const currency = await db.rawQuery(`
      SELECT e.id, e.currency, a.currency AS account_currency FROM ledger_entries e
      JOIN ledger_accounts a ON a.id = e.account_id WHERE e.currency <> a.currency`)
    add(
      'entry_currency',
      currency.rows,
      (r) => `entry ${r.id} in ${r.currency} on a ${r.account_currency} account`,
      (r) => ({ entry: n(r.id), currency: r.currency, accountCurrency: r.account_currency })
    )

    const negative = await db.rawQuery(`
      SELECT id, owner, purpose, currency, balance FROM ledger_account_balances
      WHERE non_negative AND (CASE normal_side WHEN 'debit' THEN balance ELSE -balance END) < 0`)
    add(
      'non_negative',
      negative.rows,
      (r) => `account ${r.id} (${r.owner} ${r.purpose}) is at ${r.balance}`,
      (r) => ({
        account: n(r.id),
        owner: r.owner,
        purpose: r.purpose,
        currency: r.currency,
        balance: n(r.balance),
      })
    )

    const total = await db.rawQuery(`
      SELECT currency, sum(balance) AS total FROM ledger_account_balances GROUP BY currency HAVING sum(balance) <> 0`)
    add(
      'trial_balance',
      total.rows,
      (r) => `the ${r.currency} accounts sum to ${r.total}, not 0`,
      (r) => ({ currency: r.currency, total: n(r.total) })
    )

    return problems
  }
}
