import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Order from '#orders/models/order'
import DomainException from '#core/exceptions/domain_exception'
import type User from '#accounts/models/user'
import BidService from '#orders/services/bid_service'
import CrewService from '#orders/services/crew_service'
import OrderAccessService from '#orders/services/order_access_service'
import OrderTransitionService from '#orders/services/order_transition_service'
import { partiesOf, type Party } from '#orders/order_parties'
import { assertAllowed, dispatchActionFor } from '#orders/order_state_machine'

/**
 * Dispatchers put an order on a truck directly. The people who run a carrier
 * work with its own fleet (and take an open order at its offered price); a
 * platform dispatcher or admin may use any carrier's driver and vehicle.
 * Before pickup the order can be reassigned, or unassigned (back to posted)
 * with a reason.
 */
@inject()
export default class DispatchService {
  constructor(
    private access: OrderAccessService,
    private transitions: OrderTransitionService,
    private bids: BidService,
    private crews: CrewService
  ) {}

  async assign(
    order: Order,
    user: User,
    input: { driverId: number; vehicleId: number; priceAmount?: number }
  ) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      const actor = await this.access.actorOf(user, trx)
      const parties = partiesOf(actor, locked)
      const move = dispatchActionFor(locked)
      if (input.priceAmount !== undefined) {
        if (move === 'reassign') {
          throw new DomainException('The price is agreed when the order is first assigned.', {
            status: 422,
            code: 'E_VALIDATION',
            field: 'priceAmount',
          })
        }
        if (!parties.has('platform') && !parties.has('admin')) {
          throw new DomainException('Only platform dispatchers agree a price with a carrier.', {
            status: 403,
            code: 'E_AUTHORIZATION_FAILURE',
          })
        }
        locked.priceAmount = input.priceAmount
      }
      if (move === 'assign' && locked.priceAmount === null) {
        throw new DomainException(
          `Order ${locked.id} has no price: agree one with the carrier and send it as priceAmount, or accept a bid.`,
          { status: 409, code: 'E_PRICE_REQUIRED', field: 'priceAmount' }
        )
      }
      assertAllowed(locked, move, parties)
      const platformStaff = parties.has('platform') || parties.has('admin')

      const crew = await this.crews.resolve(
        locked,
        {
          vehicleId: input.vehicleId,
          driverId: input.driverId,
          actingUser: user,
          carrierOrganisationId: platformStaff ? undefined : (actor.standing.carrierId ?? -1),
        },
        trx
      )
      await this.crews.assertDriverFree(crew.driver, locked, trx)
      await this.bids.closeOpenBids(locked.id, user.id, trx)
      const reassigning = move === 'reassign'
      if (
        reassigning &&
        locked.acceptedBidId &&
        crew.vehicle.organisationId !== locked.carrierOrganisationId
      ) {
        await this.dropAcceptedBid(locked, user.id, trx)
      }
      const previous = { driverId: locked.assignedDriverId, vehicleId: locked.assignedVehicleId }
      await this.transitions.apply(
        locked,
        move,
        {
          actorId: user.id,
          as: parties,
          data: {
            via: 'dispatch',
            ...(input.priceAmount !== undefined ? { agreedPriceAmount: input.priceAmount } : {}),
            driverId: crew.driver.id,
            vehicleId: crew.vehicle.id,
            carrierOrganisationId: crew.vehicle.organisationId,
            ...(reassigning
              ? { previousDriverId: previous.driverId, previousVehicleId: previous.vehicleId }
              : {}),
          },
          changes: {
            assignedDriverId: crew.driver.id,
            assignedVehicleId: crew.vehicle.id,
            carrierOrganisationId: crew.vehicle.organisationId,
          },
        },
        trx
      )
      return locked
    })
  }

  /**
   * Back to posted as it was before assignment: no crew, the shipper's own
   * price (an accepted bid's amount goes with the bid, so taking the order
   * again needs the shipper's acceptance unless they had offered a price),
   * and nothing of the previous crew readable by the next carrier (the
   * timeline and the track are per crew). The reason lands in the timeline.
   */
  async unassign(order: Order, user: User, reason: string) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      const parties = await this.access.partiesOf(user, locked, trx)
      assertAllowed(locked, 'unassign', parties)
      await this.release(locked, { actorId: user.id, as: parties, reason }, trx)
      return locked
    })
  }

  /**
   * Unassigns an order read with `lock()` inside `trx` (see `unassign`): the
   * one way a crew is taken off an order, whoever asks (a person, or the
   * system when an admin suspends the driver).
   */
  async release(
    locked: Order,
    context: { actorId: number | null; as: Iterable<Party>; reason: string; data?: object },
    trx: TransactionClientContract
  ) {
    const previous = {
      driverId: locked.assignedDriverId,
      vehicleId: locked.assignedVehicleId,
      carrierOrganisationId: locked.carrierOrganisationId,
    }
    assertAllowed(locked, 'unassign', new Set(context.as))
    if (locked.acceptedBidId) await this.dropAcceptedBid(locked, context.actorId, trx)
    await this.transitions.apply(
      locked,
      'unassign',
      {
        actorId: context.actorId,
        as: context.as,
        data: { reason: context.reason, ...previous, ...context.data },
        changes: {
          assignedDriverId: null,
          assignedVehicleId: null,
          carrierOrganisationId: null,
          acceptedBidId: null,
          assignedAt: null,
          priceAmount: locked.offeredPriceAmount,
        },
      },
      trx
    )
  }

  private async dropAcceptedBid(
    order: Order,
    deciderId: number | null,
    trx: TransactionClientContract
  ) {
    await trx.from('bids').where('id', order.acceptedBidId!).update({
      status: 'rejected',
      decided_at: new Date(),
      decided_by_id: deciderId,
      updated_at: new Date(),
    })
    order.acceptedBidId = null
    // The bid's amount goes with it: back to what the shipper offered.
    order.priceAmount = order.offeredPriceAmount
  }
}
