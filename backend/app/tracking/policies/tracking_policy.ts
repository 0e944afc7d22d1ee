import { inject } from '@adonisjs/core'
import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import FleetAccessService from '#fleet/services/fleet_access_service'
import { fleetScope } from '#tracking/fleet_scope'
import { drives } from '#accounts/membership_rules'

/**
 * Live positions are personal data: drivers send their own; dispatchers
 * (platform: everyone; carrier: their own drivers) and admins read them.
 * Shippers never browse drivers; they follow their own order's track.
 * Who may send positions is the ingest entry's rule
 * (services/tracking_ingest_service.ts), the same for all three ways in.
 */
@inject()
export default class TrackingPolicy extends BasePolicy {
  constructor(private fleetAccess: FleetAccessService) {
    super()
  }

  manageTrackers(user: User) {
    return drives(user.role)
  }

  setDuty(user: User) {
    return drives(user.role)
  }

  async viewFleet(user: User) {
    return fleetScope(await this.fleetAccess.of(user)) !== null
  }
}
