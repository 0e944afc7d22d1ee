import db from '@adonisjs/lucid/services/db'
import type Payout from '#money/models/payout'
import type { PayoutKind } from '#money/models/payout'

/** The names of the payees of some payouts of one kind, by payout id. */
export type PayeeLookup = (payoutIds: number[]) => Promise<Map<number, string>>

/**
 * Who each payout pays, as an operator names them: the carrier (its
 * organisation), the payer of a refunded pay-in, or the farmer of a
 * cooperative's payout run. Farmers are collections' records, which money
 * may not read: collections registers its lookup here
 * (providers/app_provider.ts), as orders does with VehicleWork.
 * A container singleton.
 */
export default class PayoutPayees {
  #lookups: Partial<Record<PayoutKind, PayeeLookup>> = {
    carrier: (ids) =>
      names(
        db
          .from('payouts')
          .join('organisations', 'organisations.id', 'payouts.organisation_id')
          .whereIn('payouts.id', ids)
          .select('payouts.id', 'organisations.name')
      ),
    refund: (ids) =>
      names(
        db
          .from('payouts')
          .join('payments', 'payments.id', 'payouts.payment_id')
          .join('users', 'users.id', 'payments.payer_id')
          .whereIn('payouts.id', ids)
          .select('payouts.id', 'users.name')
      ),
  }

  register(kind: PayoutKind, lookup: PayeeLookup) {
    this.#lookups[kind] = lookup
  }

  /** Each payout's payee name, by payout id (a kind nobody names is left out). */
  async of(payouts: Payout[]): Promise<Map<number, string>> {
    const found = new Map<number, string>()
    const byKind = Map.groupBy(payouts, (payout) => payout.kind)
    for (const [kind, ofKind] of byKind) {
      const lookup = this.#lookups[kind]
      if (!lookup) continue
      for (const [id, name] of await lookup(ofKind.map((payout) => payout.id))) found.set(id, name)
    }
    return found
  }
}

async function names(rows: PromiseLike<{ id: number; name: string | null }[]>) {
  const found = await rows
  return new Map(found.flatMap((row) => (row.name ? [[row.id, row.name] as const] : [])))
}
