import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Order from '#orders/models/order'

/** The orders among `orderIds` whose price is paid (in escrow). */
export type PaidLookup = (
  orderIds: number[],
  client?: TransactionClientContract
) => Promise<Set<number>>

/** Settles a completed order, in the transaction that completes it. */
export type CompletionListener = (order: Order, trx: TransactionClientContract) => Promise<void>

/**
 * What orders needs from money without depending on it: whether an order
 * is paid, for the state machine's `paid` fact (no pickup before payment,
 * unless cash), and settling an order in the transaction that completes it.
 * Money registers both in providers/app_provider.ts. A container
 * singleton; with nothing registered nothing counts as paid.
 */
export default class OrderPayments {
  #lookup: PaidLookup | null = null
  #onCompleted: CompletionListener[] = []

  register(lookup: PaidLookup) {
    this.#lookup = lookup
  }

  onCompleted(listener: CompletionListener) {
    this.#onCompleted.push(listener)
  }

  /** Runs the listeners one after the other (one connection: never in parallel). */
  async completed(order: Order, trx: TransactionClientContract) {
    for (const listener of this.#onCompleted) await listener(order, trx)
  }

  async paid(orderIds: number[], client?: TransactionClientContract): Promise<Set<number>> {
    if (!this.#lookup || orderIds.length === 0) return new Set()
    return this.#lookup(orderIds, client)
  }
}
