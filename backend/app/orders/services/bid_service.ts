import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import Bid, { type BidStatus } from '#orders/models/bid'
import type Order from '#orders/models/order'
import User from '#accounts/models/user'
import type { Currency } from '#orders/models/order'
import { partiesOf } from '#orders/order_parties'
import CrewService from '#orders/services/crew_service'
import OrderAccessService from '#orders/services/order_access_service'
import OrderEventService from '#orders/services/order_event_service'
import OrderTransitionService from '#orders/services/order_transition_service'
import { assertAllowed } from '#orders/order_state_machine'

export interface BidInput {
  amount: number
  currency: Currency
  vehicleId: number
  driverId?: number
  estimatedPickupAt: Date
  note?: string | null
}

function assertCurrency(order: Order, currency: Currency) {
  if (currency !== order.currency) {
    throw new DomainException(
      `This order is paid in ${order.currency}; bid in ${order.currency}.`,
      {
        status: 422,
        code: 'E_CURRENCY_MISMATCH',
        field: 'currency',
      }
    )
  }
}

/**
 * 409 E_BIDDER_SUSPENDED when an admin suspended who placed the bid: a
 * suspension withdraws their open bids, and one read before it is not taken.
 */
async function assertBidderActive(bid: Bid, trx: TransactionClientContract) {
  const bidder = await User.find(bid.bidderId, { client: trx })
  if (!bidder?.suspendedAt) return
  throw new DomainException(
    `Bid ${bid.id} was placed by an account an administrator has suspended; choose another bid.`,
    { status: 409, code: 'E_BIDDER_SUSPENDED' }
  )
}

/**
 * Carriers' offers. One live (open) bid per carrier per order: a second
 * POST answers 409 E_BID_EXISTS naming the bid to PATCH instead.
 */
@inject()
export default class BidService {
  constructor(
    private access: OrderAccessService,
    private transitions: OrderTransitionService,
    private events: OrderEventService,
    private crews: CrewService
  ) {}

  async place(order: Order, user: User, input: BidInput) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      const actor = await this.access.actorOf(user, trx)
      const facts = await this.access.factsOf(actor, [locked], trx)
      assertAllowed(locked, 'bid', partiesOf(actor, locked), facts.get(locked.id))
      assertCurrency(locked, input.currency)
      const carrierOrganisationId = actor.standing.carrierId!
      const crew = await this.crews.resolve(
        locked,
        {
          vehicleId: input.vehicleId,
          driverId: input.driverId,
          actingUser: user,
          carrierOrganisationId,
        },
        trx
      )
      const bid = await Bid.create(
        {
          orderId: locked.id,
          carrierOrganisationId,
          bidderId: user.id,
          vehicleId: crew.vehicle.id,
          driverId: crew.driver.id,
          amount: input.amount,
          currency: input.currency,
          estimatedPickupAt: DateTime.fromJSDate(input.estimatedPickupAt),
          note: input.note ?? null,
          status: 'open',
        },
        { client: trx }
      )
      if (locked.status === 'posted') {
        await this.transitions.apply(
          locked,
          'openBidding',
          { actorId: user.id, as: ['system'], data: { bidId: bid.id } },
          trx
        )
      } else {
        // Amounts stay out of the timeline: other carriers may read it.
        await this.events.record(
          locked,
          { type: 'bid_placed', actorId: user.id, data: { bidId: bid.id } },
          trx
        )
      }
      return bid
    })
  }

  async update(order: Order, bid: Bid, user: User, input: Partial<BidInput>) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      assertAllowed(locked, 'changeBid', await this.access.partiesOf(user, locked, trx))
      const current = await this.lockOpenBid(bid, trx)
      if (input.currency) assertCurrency(locked, input.currency)
      if (input.vehicleId !== undefined || input.driverId !== undefined) {
        const crew = await this.crews.resolve(
          locked,
          {
            vehicleId: input.vehicleId ?? current.vehicleId,
            driverId:
              input.driverId ?? (input.vehicleId === undefined ? current.driverId : undefined),
            actingUser: user,
            carrierOrganisationId: current.carrierOrganisationId,
          },
          trx
        )
        current.merge({ vehicleId: crew.vehicle.id, driverId: crew.driver.id })
      }
      if (input.amount !== undefined) current.amount = input.amount
      if (input.estimatedPickupAt)
        current.estimatedPickupAt = DateTime.fromJSDate(input.estimatedPickupAt)
      if (input.note !== undefined) current.note = input.note
      await current.save()
      return current
    })
  }

  async withdraw(order: Order, bid: Bid, user: User) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      const current = await this.lockOpenBid(bid, trx)
      current.merge({ status: 'withdrawn', decidedAt: DateTime.now(), decidedById: user.id })
      await current.save()
      await this.events.record(
        locked,
        { type: 'bid_withdrawn', actorId: user.id, data: { bidId: bid.id } },
        trx
      )
      return current
    })
  }

  /**
   * Accepting assigns the order to the bid's driver and vehicle and rejects
   * every other open bid. The order row is locked first, so of two accepts
   * racing, the second finds the order assigned (409 E_INVALID_STATE).
   */
  async accept(order: Order, user: User, bidId: number) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      const parties = await this.access.partiesOf(user, locked, trx)
      assertAllowed(locked, 'acceptBid', parties)
      const bid = await Bid.query({ client: trx })
        .where('id', bidId)
        .where('order_id', locked.id)
        .forUpdate()
        .first()
      if (!bid) throw DomainException.notFound('Bid')
      if (bid.status !== 'open') {
        throw new DomainException(
          `Bid ${bid.id} is ${bid.status}; only an open bid can be accepted.`,
          {
            status: 409,
            code: 'E_BID_NOT_OPEN',
          }
        )
      }
      await assertBidderActive(bid, trx)
      const crew = await this.crews.resolve(
        locked,
        { vehicleId: bid.vehicleId, driverId: bid.driverId, actingUser: user },
        trx
      )
      await this.crews.assertDriverFree(crew.driver, locked, trx)
      const now = DateTime.now()
      bid.merge({ status: 'accepted', decidedAt: now, decidedById: user.id })
      await bid.useTransaction(trx).save()
      await this.closeOpenBids(locked.id, user.id, trx)
      await this.transitions.apply(
        locked,
        'acceptBid',
        {
          actorId: user.id,
          as: parties,
          data: {
            via: 'bid',
            bidId: bid.id,
            driverId: crew.driver.id,
            vehicleId: crew.vehicle.id,
            carrierOrganisationId: bid.carrierOrganisationId,
          },
          changes: {
            assignedDriverId: crew.driver.id,
            assignedVehicleId: crew.vehicle.id,
            carrierOrganisationId: bid.carrierOrganisationId,
            acceptedBidId: bid.id,
            priceAmount: bid.amount,
          },
        },
        trx
      )
      return { order: locked, bid }
    })
  }

  /** Every other open bid of the order is rejected (assignment or cancellation). */
  async closeOpenBids(orderId: number, deciderId: number | null, trx: TransactionClientContract) {
    await trx.from('bids').where('order_id', orderId).where('status', 'open').update({
      status: 'rejected',
      decided_at: new Date(),
      decided_by_id: deciderId,
      updated_at: new Date(),
    })
  }

  /**
   * The bids a user may see on an order: all of them for the shipper side
   * and platform staff, only their own carrier's for a carrier.
   */
  async visibleBids(order: Order, user: User, seesAll: boolean) {
    const { standing } = await this.access.actorOf(user)
    const query = Bid.query()
      .where('order_id', order.id)
      .preload('vehicle', (vehicle) => vehicle.preload('vehicleType'))
      .preload('carrierOrganisation')
      .orderBy('amount', 'asc')
      .orderBy('id', 'asc')
    if (!seesAll) query.where('carrier_organisation_id', standing.carrierId ?? -1)
    return query
  }

  /** Every bid of the user's carrier, newest first (rejected and withdrawn ones too). */
  async ownBids(user: User, filters: { status?: BidStatus; page?: number; perPage?: number }) {
    const { standing } = await this.access.actorOf(user)
    const query = Bid.query()
      .where('carrier_organisation_id', standing.carrierId ?? -1)
      .preload('vehicle', (vehicle) => vehicle.preload('vehicleType'))
      .preload('order', (order) => order.select('id', 'currency', 'commission_basis_points'))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
    if (filters.status) query.where('status', filters.status)
    return query.paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  async findOnOrder(order: Order, bidId: number) {
    const bid = await Bid.query().where('id', bidId).where('order_id', order.id).first()
    if (!bid) throw DomainException.notFound('Bid')
    return bid
  }

  private async lockOpenBid(bid: Bid, trx: TransactionClientContract) {
    const current = await Bid.query({ client: trx }).where('id', bid.id).forUpdate().firstOrFail()
    if (current.status !== 'open') {
      throw new DomainException(
        `Bid ${current.id} is ${current.status}; only an open bid can change.`,
        {
          status: 409,
          code: 'E_BID_NOT_OPEN',
        }
      )
    }
    return current
  }
}
