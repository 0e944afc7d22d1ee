import { inject } from '@adonisjs/core'
import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import type Vehicle from '#fleet/models/vehicle'
import type FleetDocument from '#fleet/models/fleet_document'
import { managesCarrier, seesAnyFleet, seesCarrier } from '#fleet/fleet_access'
import FleetAccessService from '#fleet/services/fleet_access_service'
import { drives } from '#accounts/membership_rules'

/**
 * Registration cards, insurance and driving licences. The carrier sees its
 * own (drivers: the vehicles' papers and their own licence); a driver
 * uploads their own licence; only admins verify or reject. Controllers answer 404 when `view` is denied.
 */
@inject()
export default class FleetDocumentPolicy extends BasePolicy {
  constructor(private fleetAccess: FleetAccessService) {
    super()
  }

  async viewAny(user: User) {
    return seesAnyFleet(await this.fleetAccess.of(user))
  }

  /** A licence is seen by its driver and the carrier's managers, not by fellow drivers. */
  async view(user: User, document: FleetDocument) {
    if (document.driverId !== null && document.driverId === user.id) return true
    const access = await this.fleetAccess.of(user)
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
    return managesCarrier(await this.fleetAccess.of(user), vehicle.organisationId)
  }

  /** Whether the driver a licence is for is visible at all (else 404). */
  async viewDriver(user: User, driver: User) {
    if (driver.id === user.id) return true
    return seesCarrier(await this.fleetAccess.of(user), driver.organisationId)
  }

  async uploadForDriver(user: User, driver: User) {
    if (driver.id === user.id) return drives(user.role)
    return managesCarrier(await this.fleetAccess.of(user), driver.organisationId)
  }

  review(user: User) {
    return user.role === 'admin'
  }
}
