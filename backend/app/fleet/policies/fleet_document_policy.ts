import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import type Vehicle from '#fleet/models/vehicle'
import type FleetDocument from '#fleet/models/fleet_document'
import { fleetAccess, managesCarrier, seesCarrier } from '#fleet/services/fleet_access'

/**
 * Registration cards, insurance and driving licences. The carrier sees its
 * own (drivers: the vehicles' papers and their own licence); a driver
 * uploads their own licence; only admins verify or reject. Controllers answer 404 when `view` is denied.
 */
export default class FleetDocumentPolicy extends BasePolicy {
  async viewAny(user: User) {
    const access = await fleetAccess(user)
    return access.admin || access.platformDispatcher || access.carrierId !== null
  }

  /** A licence is seen by its driver and the carrier's managers, not by fellow drivers. */
  async view(user: User, document: FleetDocument) {
    if (document.driverId !== null && document.driverId === user.id) return true
    const access = await fleetAccess(user)
    if (
      document.driverId !== null &&
      !access.manager &&
      !access.admin &&
      !access.platformDispatcher
    ) {
      return false
    }
    return seesCarrier(access, document.organisationId)
  }

  async uploadForVehicle(user: User, vehicle: Vehicle) {
    return managesCarrier(await fleetAccess(user), vehicle.organisationId)
  }

  /** Whether the driver a licence is for is visible at all (else 404). */
  async viewDriver(user: User, driver: User) {
    if (driver.id === user.id) return true
    return seesCarrier(await fleetAccess(user), driver.organisationId)
  }

  async uploadForDriver(user: User, driver: User) {
    if (driver.id === user.id) return user.role === 'driver'
    return managesCarrier(await fleetAccess(user), driver.organisationId)
  }

  review(user: User) {
    return user.role === 'admin'
  }
}
