import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#accounts/models/user'
import { fleetScopeOf } from '#tracking/services/tracking_scope'

/**
 * Live positions are personal data: drivers send their own; dispatchers
 * (platform: everyone; carrier: their own drivers) and admins read them.
 * Shippers never browse drivers; they follow their own order's track.
 */
export default class TrackingPolicy extends BasePolicy {
  sendPositions(user: User) {
    return user.role === 'driver'
  }

  manageTrackers(user: User) {
    return user.role === 'driver'
  }

  setDuty(user: User) {
    return user.role === 'driver'
  }

  async viewFleet(user: User) {
    return (await fleetScopeOf(user)) !== null
  }
}
