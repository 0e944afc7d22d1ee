import app from '@adonisjs/core/services/app'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainException from '#core/exceptions/domain_exception'
import type Order from '#orders/models/order'
import { ACTIVE_DRIVER_STATUSES } from '#orders/order_state_machine'
import User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import VehicleDriver from '#fleet/models/vehicle_driver'
import FleetEligibilityService from '#fleet/services/fleet_eligibility_service'
import { drives, drivesFor } from '#accounts/membership_rules'

export interface Crew {
  vehicle: Vehicle
  driver: User
}

const invalid = (field: string, message: string, code = 'E_VALIDATION') =>
  new DomainException(message, { status: 422, code, field })

/**
 * The vehicle and driver who would haul an order, for a bid or a dispatch:
 * both of `carrierOrganisationId` (when given), suited to the cargo, and
 * eligible (valid papers, 409 E_VEHICLE_NOT_ELIGIBLE otherwise).
 */
export default class CrewService {
  async resolve(
    order: Order,
    input: {
      vehicleId: number
      driverId?: number
      actingUser: User
      carrierOrganisationId?: number
    },
    trx: TransactionClientContract
  ): Promise<Crew> {
    const vehicle = await Vehicle.query({ client: trx })
      .where('id', input.vehicleId)
      .preload('vehicleType')
      .first()
    if (
      !vehicle ||
      (input.carrierOrganisationId !== undefined &&
        vehicle.organisationId !== input.carrierOrganisationId)
    ) {
      throw invalid('vehicleId', `Vehicle ${input.vehicleId} is not in your fleet.`)
    }

    const driver = await this.driverFor(vehicle, input, trx)
    this.assertSuitable(order, vehicle)
    const eligibility = await app.container.make(FleetEligibilityService)
    await eligibility.assertEligible(vehicle, driver, { client: trx })
    return { vehicle, driver }
  }

  private async driverFor(
    vehicle: Vehicle,
    input: { driverId?: number; actingUser: User },
    trx: TransactionClientContract
  ) {
    if (input.driverId !== undefined) {
      const driver = await User.find(input.driverId, { client: trx })
      if (!drivesFor(driver, vehicle.organisationId)) {
        throw invalid(
          'driverId',
          `Driver ${input.driverId} is not a driver of this vehicle's carrier.`
        )
      }
      return driver
    }
    if (drives(input.actingUser.role)) return input.actingUser
    const link = await VehicleDriver.query({ client: trx })
      .where('vehicle_id', vehicle.id)
      .preload('driver')
      .orderBy('created_at', 'desc')
      .first()
    if (!link) {
      throw invalid(
        'driverId',
        `Vehicle ${vehicle.plate} has no driver; say who drives with driverId.`
      )
    }
    return link.driver
  }

  /** 422 E_VEHICLE_UNSUITABLE when type, capacity or refrigeration do not fit the cargo. */
  assertSuitable(order: Order, vehicle: Vehicle) {
    const problems: string[] = []
    if (order.requiredVehicleTypeId && vehicle.vehicleTypeId !== order.requiredVehicleTypeId) {
      problems.push('the order needs another vehicle type')
    }
    const capacityKg = vehicle.effectiveCapacityKg
    if (capacityKg !== null && capacityKg < order.cargoWeightKg) {
      problems.push(`it carries ${capacityKg} kg and the cargo weighs ${order.cargoWeightKg} kg`)
    }
    const capacityM3 = vehicle.effectiveCapacityM3
    if (capacityM3 !== null && order.cargoVolumeM3 !== null && capacityM3 < order.cargoVolumeM3) {
      problems.push(`it holds ${capacityM3} m³ and the cargo takes ${order.cargoVolumeM3} m³`)
    }
    if (order.cargoRefrigerated && vehicle.vehicleType?.body !== 'refrigerated') {
      problems.push('the cargo must travel refrigerated')
    }
    if (problems.length > 0) {
      throw invalid(
        'vehicleId',
        `Vehicle ${vehicle.plate} does not suit this order: ${problems.join('; ')}.`,
        'E_VEHICLE_UNSUITABLE'
      )
    }
  }

  /** 409 E_DRIVER_BUSY when the driver already works on another order. */
  async assertDriverFree(driver: User, order: Order, trx: TransactionClientContract) {
    const busy = await trx
      .from('orders')
      .where('assigned_driver_id', driver.id)
      .whereIn('status', [...ACTIVE_DRIVER_STATUSES])
      .whereNot('id', order.id)
      .first()
    if (busy) {
      throw new DomainException(
        `Driver ${driver.name ?? driver.phone} is already on order ${busy.id}.`,
        { status: 409, code: 'E_DRIVER_BUSY' }
      )
    }
  }
}
