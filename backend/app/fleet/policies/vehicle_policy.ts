import { inject } from '@adonisjs/core'
import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import type Vehicle from '#fleet/models/vehicle'
import { managesCarrier, seesAnyFleet, seesCarrier } from '#fleet/fleet_access'
import FleetAccessService from '#fleet/services/fleet_access_service'
import { drives } from '#accounts/membership_rules'

/**
 * Vehicles belong to a carrier. Its members (drivers included) see them;
 * its owner and dispatchers change them; platform dispatchers see every
 * fleet; admins do anything. Controllers answer 404 when `view` is denied
 * (another carrier's vehicle is not revealed) and 403 otherwise.
 */
@inject()
export default class VehiclePolicy extends BasePolicy {
  constructor(private fleetAccess: FleetAccessService) {
    super()
  }

  /** Listing: anyone with a fleet to look at (not shippers). */
  async viewAny(user: User) {
    return seesAnyFleet(await this.fleetAccess.of(user))
  }

  /** A driver's own way to a first bid (GET /fleet/readiness): drivers, with or without a carrier. */
  prepare(user: User) {
    return drives(user.role)
  }

  async view(user: User, vehicle: Vehicle) {
    return seesCarrier(await this.fleetAccess.of(user), vehicle.organisationId)
  }

  async create(user: User) {
    const access = await this.fleetAccess.of(user)
    return access.admin || access.manager
  }

  /** Edit, archive, photos, driver assignment. */
  async manage(user: User, vehicle: Vehicle) {
    return managesCarrier(await this.fleetAccess.of(user), vehicle.organisationId)
  }
}
