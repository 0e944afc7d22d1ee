import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Order from '#orders/models/order'
import type { DisputeDecision } from '#orders/models/dispute'

/** The orders among `orderIds` whose price is paid (in escrow). */
export type PaidLookup = (
  orderIds: number[],
  client?: TransactionClientContract
) => Promise<Set<number>>

/** Settles a completed order (or returns a cancelled one's escrow), in the transaction that moves it. */
export type CompletionListener = (order: Order, trx: TransactionClientContract) => Promise<void>

/** An admin's decision on a disputed order's escrow; `carrierAmount` only for a split. */
export interface DecisionInput {
  decision: DisputeDecision
  carrierAmount?: number
}

/** What a decision moved, in minor units of `currency`. */
export interface DecisionMoney {
  currency: string
  /** What escrow held (for a cash order: nothing; the carrier collected the price). */
  held: number
  /** The carrier's share before the commission. */
  carrierAmount: number
  commission: number
  /** Owed back to the shipper (a refund payable until it is sent). */
  refundAmount: number
}

/** Moves a disputed order's escrow as decided, in the deciding transaction, once per order. */
export type DisputeSettler = (
  order: Order,
  input: DecisionInput,
  trx: TransactionClientContract
) => Promise<DecisionMoney>

/** A price as both sides see it before they agree, in minor units of its currency. */
export interface PriceSplit {
  /** What the shipper pays. */
  total: number
  /** The platform's rate (1000 = 10 %). */
  basisPoints: number
  /** The platform's commission. */
  commission: number
  /** What the carrier receives. */
  net: number
}

/** What the commission on an order depends on: its currency and the rate fixed on it, if any. */
export type CommissionTerms = Pick<Order, 'currency' | 'commissionBasisPoints'>

/** Money's one commission rule: the rate in a currency's country now, and a price's split on an order. */
export interface CommissionRule {
  rateFor(currency: string): number
  splitOn(order: CommissionTerms, total: number): PriceSplit
}

/** What escrow holds for an order now (minor units of its currency). */
export type HeldLookup = (order: Order) => Promise<number>

/**
 * What orders needs from money without depending on it: whether an order
 * is paid, for the state machine's `paid` fact (no pickup before payment,
 * unless cash), settling an order in the transaction that completes it,
 * refunding what a cancelled order held in the transaction that cancels it,
 * and moving a disputed order's escrow as an admin decided. Money registers them in providers/app_provider.ts. A container
 * singleton; with nothing registered nothing counts as paid.
 */
export default class OrderPayments {
  #lookup: PaidLookup | null = null
  #onCompleted: CompletionListener[] = []
  #onCancelled: CompletionListener[] = []
  #disputes: { settle: DisputeSettler; held: HeldLookup } | null = null
  #commission: CommissionRule | null = null

  registerCommission(rule: CommissionRule) {
    this.#commission = rule
  }

  /** The commission to fix on an order a carrier gets now; null when money registered none. */
  commissionFor(order: Order) {
    return this.#commission ? this.#commission.rateFor(order.currency) : null
  }

  /** `total` split on an order (at its fixed rate once a carrier has it, else at the rate now). */
  splitOn(order: CommissionTerms, total: number): PriceSplit {
    if (!this.#commission) throw new Error('Money has not registered its commission rule')
    return this.#commission.splitOn(order, total)
  }

  /** The order's price split (money's one rule), or null while it has no price. */
  splitOf(order: Order): PriceSplit | null {
    if (order.priceAmount === null || !this.#commission) return null
    return this.#commission.splitOn(order, order.priceAmount)
  }

  register(lookup: PaidLookup) {
    this.#lookup = lookup
  }

  onCompleted(listener: CompletionListener) {
    this.#onCompleted.push(listener)
  }

  onCancelled(listener: CompletionListener) {
    this.#onCancelled.push(listener)
  }

  registerDisputes(disputes: { settle: DisputeSettler; held: HeldLookup }) {
    this.#disputes = disputes
  }

  settleDispute(order: Order, input: DecisionInput, trx: TransactionClientContract) {
    if (!this.#disputes) throw new Error('Money has not registered how disputes are settled')
    return this.#disputes.settle(order, input, trx)
  }

  async held(order: Order) {
    return this.#disputes ? this.#disputes.held(order) : 0
  }

  /** Runs the listeners one after the other (one connection: never in parallel). */
  async completed(order: Order, trx: TransactionClientContract) {
    for (const listener of this.#onCompleted) await listener(order, trx)
  }

  async cancelled(order: Order, trx: TransactionClientContract) {
    for (const listener of this.#onCancelled) await listener(order, trx)
  }

  async paid(orderIds: number[], client?: TransactionClientContract): Promise<Set<number>> {
    if (!this.#lookup || orderIds.length === 0) return new Set()
    return this.#lookup(orderIds, client)
  }
}
