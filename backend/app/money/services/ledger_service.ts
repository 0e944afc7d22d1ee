import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import {
  ACCOUNT_PURPOSES,
  CURRENCY_DIGITS,
  type AccountRef,
  type JournalKind,
} from '#money/ledger_accounts'

/** One side of a journal: debit > 0, credit < 0, in the account's currency's minor unit. */
export interface Leg {
  account: Omit<AccountRef, 'currency'>
  amount: number
  currency: string
}

export interface JournalInput {
  /** The cause, spelled so that the same cause always gives the same key ('payment:12:received'). */
  idempotencyKey: string
  kind: JournalKind
  orderId?: number | null
  memo?: string
  data?: Record<string, unknown>
  legs: Leg[]
}

export interface Posted {
  journalId: number
  /** False when the key had been posted before: nothing moved this time. */
  created: boolean
}

/** A movement the ledger refuses: unbalanced, empty, or a guarded account going below zero. */
export class LedgerRefusal extends DomainException {
  constructor(message: string) {
    super(message, { status: 409, code: 'E_LEDGER_REFUSED' })
  }
}

const accountKey = (ref: AccountRef) => `${ref.owner}\u0000${ref.purpose}\u0000${ref.currency}`

/**
 * Posts journals. The database enforces every rule again (migration
 * create_ledger_tables); the checks here give a clear message first.
 */
export default class LedgerService {
  /**
   * Posts a journal once per idempotency key, in `trx` when given (with what
   * caused it), else on its own: one statement either way, the database's
   * `ledger_post()` (migration stripe_unguarded_ledger_balances), which opens
   * missing accounts and writes the entries in account order, so two journals
   * never wait on each other in a cycle. A refusal leaves `trx` usable.
   */
  async post(input: JournalInput, trx?: TransactionClientContract): Promise<Posted> {
    this.#check(input)
    const legs = input.legs.map((leg) => {
      const kind = ACCOUNT_PURPOSES[leg.account.purpose]
      return {
        owner: leg.account.owner,
        purpose: leg.account.purpose,
        currency: leg.currency,
        amount: leg.amount,
        normal_side: kind.normal,
        non_negative: kind.nonNegative,
      }
    })
    const { rows } = await (trx ?? db).rawQuery(
      'SELECT journal, created, refused FROM ledger_post(?, ?, ?, ?, ?::jsonb, ?::jsonb)',
      [
        input.idempotencyKey,
        input.kind,
        input.orderId ?? null,
        input.memo ?? '',
        JSON.stringify(input.data ?? {}),
        JSON.stringify(legs),
      ] as any[]
    )
    if (rows[0].refused) {
      throw new LedgerRefusal(
        `${input.kind} would take a guarded account below zero (${input.idempotencyKey}).`
      )
    }
    return { journalId: Number(rows[0].journal), created: rows[0].created }
  }

  /** The ids of these accounts, opening the missing ones. */
  async accountIds(refs: AccountRef[], trx: TransactionClientContract) {
    const unique = [...new Map(refs.map((ref) => [accountKey(ref), ref])).values()]
    const ids = new Map<string, number>()
    const read = async (wanted: AccountRef[]) => {
      if (wanted.length === 0) return
      const { rows } = await trx.rawQuery(
        `SELECT id, owner, purpose, currency FROM ledger_accounts
         WHERE (owner, purpose, currency) IN (${wanted.map(() => '(?, ?, ?)').join(', ')})`,
        wanted.flatMap((ref) => [ref.owner, ref.purpose, ref.currency])
      )
      for (const row of rows) ids.set(accountKey(row), Number(row.id))
    }
    await read(unique)
    const missing = unique.filter((ref) => !ids.has(accountKey(ref)))
    if (missing.length > 0) {
      await trx.rawQuery(
        `INSERT INTO ledger_accounts (owner, purpose, currency, normal_side, non_negative)
         VALUES ${missing.map(() => '(?, ?, ?, ?, ?)').join(', ')}
         ON CONFLICT (owner, purpose, currency) DO NOTHING`,
        missing.flatMap((ref) => {
          const kind = ACCOUNT_PURPOSES[ref.purpose]
          return [ref.owner, ref.purpose, ref.currency, kind.normal, kind.nonNegative]
        })
      )
      await read(missing)
    }
    return ids
  }

  /** An account's balance on its normal side (what escrow holds, what a carrier is owed), 0 if never used. */
  async balance(ref: AccountRef, client: TransactionClientContract | typeof db = db) {
    const row = await client
      .from('ledger_account_balances')
      .where({ owner: ref.owner, purpose: ref.purpose, currency: ref.currency })
      .select('balance')
      .first()
    const signed = row ? Number(row.balance) : 0
    return ACCOUNT_PURPOSES[ref.purpose].normal === 'debit' ? signed : -signed
  }

  #check(input: JournalInput) {
    if (input.legs.length < 2) throw new LedgerRefusal('A journal needs at least two entries.')
    const sums = new Map<string, number>()
    for (const leg of input.legs) {
      if (!(leg.currency in CURRENCY_DIGITS)) {
        throw new LedgerRefusal(`Unknown currency ${leg.currency}.`)
      }
      if (!Number.isSafeInteger(leg.amount) || leg.amount === 0) {
        throw new LedgerRefusal(
          `An entry is a non-zero whole number of minor units, not ${leg.amount}.`
        )
      }
      sums.set(leg.currency, (sums.get(leg.currency) ?? 0) + leg.amount)
    }
    for (const [currency, sum] of sums) {
      if (sum !== 0) throw new LedgerRefusal(`The journal is off by ${sum} ${currency}.`)
    }
  }
}
