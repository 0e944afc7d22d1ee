import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import { standingOf } from '#accounts/membership_rules'
import type Order from '#orders/models/order'
import {
  generalParties,
  partiesOf,
  ratingDirectionOf,
  type Actor,
  type OrderParty,
} from '#orders/order_parties'
import {
  allowedActions,
  factsNeeded,
  refusal,
  type OrderAction,
  type OrderFacts,
} from '#orders/order_state_machine'
import OrderPayments from '#orders/services/order_payments'

/**
 * Who a user is to orders, and what the state machine needs to answer for
 * them. The organisation is read at each question, not cached on the user
 * instance (a socket keeps its instance for the whole connection).
 */
@inject()
export default class OrderAccessService {
  constructor(private payments: OrderPayments) {}

  /**
   * The user with their standing (accounts' membership rules). Inside a
   * transaction pass it as `client`: a second connection taken while the
   * first holds a row lock can starve the pool.
   */
  async actorOf(user: User, client?: TransactionClientContract): Promise<Actor> {
    const organisation = user.organisationId
      ? await Organisation.find(user.organisationId, { client })
      : null
    return { user, standing: standingOf(user, organisation) }
  }

  async partiesOf(
    user: User,
    order: Order,
    client?: TransactionClientContract
  ): Promise<Set<OrderParty>> {
    return partiesOf(await this.actorOf(user, client), order)
  }

  /** Whether the user may see the order at all (else it answers 404, not revealed). */
  async sees(user: User, order: Order) {
    return refusal(order, 'view', await this.partiesOf(user, order)) === null
  }

  /** Whether the user may follow the order live (room `order:<id>`): its parties, not bidders. */
  async mayWatch(user: User, order: Order, client?: TransactionClientContract) {
    return refusal(order, 'watch', await this.partiesOf(user, order, client)) === null
  }

  /** The parties a user is on any order (admin, platform, bidder, fleet). */
  async generalParties(user: User) {
    return generalParties(await this.actorOf(user))
  }

  /**
   * The facts the state machine needs about these orders for `actor`, each
   * read only for orders where an action of the actor depends on it.
   */
  async factsOf(
    actor: Actor,
    orders: Order[],
    client?: TransactionClientContract
  ): Promise<Map<number, Partial<OrderFacts>>> {
    const wanted = new Map(
      orders.map((order) => [order.id, factsNeeded(order, partiesOf(actor, order))])
    )
    const sql = client ?? db.connection()
    /** Rows of `query` for the orders needing `fact`; no query when none does. */
    const rowsFor = async <Row>(
      fact: keyof OrderFacts,
      query: (ids: number[]) => Promise<Row[]>
    ) => {
      const ids = [...wanted].filter(([, needed]) => needed.has(fact)).map(([id]) => id)
      return ids.length ? query(ids) : []
    }
    const proofs = await rowsFor<{ order_id: number }>('proofSubmitted', (ids) =>
      sql.from('proofs_of_delivery').whereIn('order_id', ids).select('order_id')
    )
    const ratings = await rowsFor<{ order_id: number; direction: string }>(
      'ratedByCallerSide',
      (ids) => sql.from('ratings').whereIn('order_id', ids).select('order_id', 'direction')
    )
    const openBids = await rowsFor<{ order_id: number; id: number }>('carrierOpenBidId', (ids) =>
      sql
        .from('bids')
        .whereIn('order_id', ids)
        .where('carrier_organisation_id', actor.standing.carrierId ?? -1)
        .where('status', 'open')
        .select('order_id', 'id')
    )
    const paid = await this.payments.paid(
      [...wanted].filter(([, needed]) => needed.has('paid')).map(([id]) => id),
      client
    )

    const facts = new Map<number, Partial<OrderFacts>>()
    for (const order of orders) {
      const needed = wanted.get(order.id)!
      const ofOrder = <Row extends { order_id: number }>(rows: Row[]) =>
        rows.filter((row) => row.order_id === order.id)
      const known: Partial<OrderFacts> = {}
      if (needed.has('proofSubmitted')) known.proofSubmitted = ofOrder(proofs).length > 0
      if (needed.has('ratedByCallerSide')) {
        const direction = ratingDirectionOf(partiesOf(actor, order))
        known.ratedByCallerSide = ofOrder(ratings).some((row) => row.direction === direction)
      }
      if (needed.has('carrierOpenBidId')) {
        known.carrierOpenBidId = ofOrder(openBids)[0]?.id ?? null
      }
      if (needed.has('paid')) known.paid = paid.has(order.id)
      facts.set(order.id, known)
    }
    return facts
  }

  /**
   * What `user` may do now on each order (`allowedActions`), in a few queries
   * for a page. Every order answered to a reader passes here, so this also
   * names each order's driver (the JSON's `assignedDriverName`): people read
   * names, not ids.
   */
  async allowedActions(user: User, orders: Order[]): Promise<Map<number, OrderAction[]>> {
    await this.nameDrivers(orders)
    const actor = await this.actorOf(user)
    const facts = await this.factsOf(actor, orders)
    return new Map(
      orders.map((order) => [
        order.id,
        allowedActions(order, partiesOf(actor, order), facts.get(order.id)!),
      ])
    )
  }

  /** Loads the assigned driver of each order that has one and lacks it, in one query. */
  private async nameDrivers(orders: Order[]) {
    const missing = orders.filter(
      (order) =>
        order.assignedDriverId !== null && order.assignedDriver?.id !== order.assignedDriverId
    )
    if (missing.length === 0) return
    const drivers = await User.query().whereIn(
      'id',
      missing.map((order) => order.assignedDriverId!)
    )
    const byId = new Map(drivers.map((driver) => [driver.id, driver]))
    for (const order of missing) {
      order.$setRelated('assignedDriver', byId.get(order.assignedDriverId!) ?? null)
    }
  }

  /** What `user` may do now on one order. */
  async actionsOn(user: User, order: Order): Promise<OrderAction[]> {
    const actions = await this.allowedActions(user, [order])
    return actions.get(order.id)!
  }
}
