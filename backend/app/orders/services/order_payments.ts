import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/** The orders among `orderIds` whose price is paid (in escrow). */
export type PaidLookup = (
  orderIds: number[],
  client?: TransactionClientContract
) => Promise<Set<number>>

/**
 * Whether an order is paid, for the state machine's `paid` fact (no pickup
 * before payment, unless cash). Money knows; it registers its lookup in
 * providers/app_provider.ts, so orders does not depend on it. A container
 * singleton; with no lookup registered nothing counts as paid.
 */
export default class OrderPayments {
  #lookup: PaidLookup | null = null

  register(lookup: PaidLookup) {
    this.#lookup = lookup
  }

  async paid(orderIds: number[], client?: TransactionClientContract): Promise<Set<number>> {
    if (!this.#lookup || orderIds.length === 0) return new Set()
    return this.#lookup(orderIds, client)
  }
}
