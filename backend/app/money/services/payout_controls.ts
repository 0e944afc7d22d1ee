import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { Currency } from '#core/money_format'
import moneyConfig from '#config/money'

type Limits = typeof moneyConfig.payouts

export interface PayoutSwitch {
  paused: boolean
  /** Paused by PAYOUTS_PAUSED: operators cannot resume it. */
  byEnvironment: boolean
  reason: string | null
  changedBy: number | null
  changedAt: string | null
}

const SWITCH_KEY = 'payouts_paused'

/**
 * What may leave and when: the kill switch (PAYOUTS_PAUSED, or an operator
 * at run time) and the limits per currency (per transaction, per UTC day).
 * Read at every send, so a switch takes effect at the next payout on every node.
 */
export default class PayoutControls {
  constructor(private config: Limits = moneyConfig.payouts) {}

  async switch(client: TransactionClientContract | typeof db = db): Promise<PayoutSwitch> {
    const row = await client.from('money_settings').where('key', SWITCH_KEY).first()
    const value = (row?.value ?? {}) as Partial<PayoutSwitch>
    return {
      paused: this.config.pausedByEnv || value.paused === true,
      byEnvironment: this.config.pausedByEnv,
      reason: this.config.pausedByEnv ? 'PAYOUTS_PAUSED' : (value.reason ?? null),
      changedBy: value.changedBy ?? null,
      changedAt: value.changedAt ?? null,
    }
  }

  async setPaused(
    paused: boolean,
    by: { userId: number; reason: string },
    trx: TransactionClientContract
  ) {
    const value = {
      paused,
      reason: by.reason,
      changedBy: by.userId,
      changedAt: DateTime.now().toUTC().toISO(),
    }
    await trx.rawQuery(
      `INSERT INTO money_settings (key, value, updated_at) VALUES (?, ?::jsonb, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [SWITCH_KEY, JSON.stringify(value)]
    )
  }

  maxPerTransaction(currency: string) {
    return this.config.maxPerTransaction[currency as Currency] ?? null
  }

  /**
   * Whether `amount` more may leave today in `currency` (UTC day), counting
   * every payout sent or being sent today. Serialised per currency by a
   * transaction lock, so two payouts cannot both take the last room.
   */
  async roomToday(currency: string, amount: number, trx: TransactionClientContract) {
    const max = this.config.maxPerDay[currency as Currency]
    if (max === undefined) return true
    await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtext(?))', [`payouts-day:${currency}`])
    const row = await trx
      .from('payouts')
      .where('currency', currency)
      .whereIn('status', ['sending', 'sent'])
      .where('requested_at', '>=', DateTime.utc().startOf('day').toJSDate())
      .sum('amount as total')
      .first()
    return Number(row?.total ?? 0) + amount <= max
  }
}
