import db from '@adonisjs/lucid/services/db'
import DomainException from '#core/exceptions/domain_exception'
import type Order from '#orders/models/order'
import type User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import BidService from '#orders/services/bid_service'
import CrewService from '#orders/services/crew_service'
import OrderStateMachine from '#orders/services/order_state_machine'
import { actorsFor, isPlatformDispatcher, type OrderActor } from '#orders/services/order_access'

/**
 * Dispatchers put an order on a truck directly. A carrier's dispatcher works
 * with its own fleet (and takes a posted order at its offered price); a
 * platform dispatcher or admin may use any carrier's driver and vehicle.
 * Before pickup the order can be reassigned, or unassigned (back to posted)
 * with a reason.
 */
export default class DispatchService {
  async assign(order: Order, user: User, input: { driverId: number; vehicleId: number }) {
    return db.transaction(async (trx) => {
      const locked = await OrderStateMachine.lock(order.id, trx)
      const platformStaff = user.role === 'admin' || (await isPlatformDispatcher(user))
      const vehicle = await Vehicle.find(input.vehicleId, { client: trx })
      const actors: Set<OrderActor> = await actorsFor(user, locked)
      if (user.role === 'dispatcher' && vehicle && vehicle.organisationId === user.organisationId) {
        // Dispatching its own fleet makes a carrier's dispatcher the carrier party.
        if (
          locked.carrierOrganisationId === null ||
          locked.carrierOrganisationId === user.organisationId
        ) {
          actors.add('carrier')
        }
      }
      const reassigning = locked.status === 'assigned' || locked.status === 'pickup_pending'
      const transition = reassigning ? 'reassign' : 'assign'
      OrderStateMachine.assertCan(locked, transition, actors)
      if (!platformStaff && !reassigning && locked.priceAmount === null) {
        throw new DomainException(
          `Order ${locked.id} has no offered price; a carrier takes it by bidding.`,
          { status: 409, code: 'E_PRICE_REQUIRED' }
        )
      }

      const crew = await CrewService.resolve(
        locked,
        {
          vehicleId: input.vehicleId,
          driverId: input.driverId,
          actingUser: user,
          carrierOrganisationId: platformStaff ? undefined : (user.organisationId ?? -1),
        },
        trx
      )
      await CrewService.assertDriverFree(crew.driver, locked, trx)
      await new BidService().closeOpenBids(locked.id, user.id, trx)
      if (
        reassigning &&
        locked.acceptedBidId &&
        crew.vehicle.organisationId !== locked.carrierOrganisationId
      ) {
        await this.dropAcceptedBid(locked, user, trx)
      }
      const previous = { driverId: locked.assignedDriverId, vehicleId: locked.assignedVehicleId }
      await OrderStateMachine.apply(
        locked,
        transition,
        {
          actorId: user.id,
          as: actors,
          data: {
            via: 'dispatch',
            driverId: crew.driver.id,
            vehicleId: crew.vehicle.id,
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

  /** Back to posted (carriers may bid again); the reason lands in the timeline. */
  async unassign(order: Order, user: User, reason: string) {
    return db.transaction(async (trx) => {
      const locked = await OrderStateMachine.lock(order.id, trx)
      const previous = {
        driverId: locked.assignedDriverId,
        vehicleId: locked.assignedVehicleId,
        carrierOrganisationId: locked.carrierOrganisationId,
      }
      OrderStateMachine.assertCan(locked, 'unassign', await actorsFor(user, locked))
      if (locked.acceptedBidId) await this.dropAcceptedBid(locked, user, trx)
      await OrderStateMachine.apply(
        locked,
        'unassign',
        {
          actorId: user.id,
          as: await actorsFor(user, locked),
          data: { reason, ...previous },
          changes: {
            assignedDriverId: null,
            assignedVehicleId: null,
            carrierOrganisationId: null,
            acceptedBidId: null,
            assignedAt: null,
          },
        },
        trx
      )
      return locked
    })
  }

  private async dropAcceptedBid(
    order: Order,
    user: User,
    trx: Parameters<typeof CrewService.assertDriverFree>[2]
  ) {
    await trx.from('bids').where('id', order.acceptedBidId!).update({
      status: 'rejected',
      decided_at: new Date(),
      decided_by_id: user.id,
      updated_at: new Date(),
    })
    order.acceptedBidId = null
  }
}
