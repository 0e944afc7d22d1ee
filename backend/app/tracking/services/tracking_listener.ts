import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'
import type {} from '#accounts/access_events'
import DriverContextService from '#tracking/services/driver_context_service'
import GeofenceService, { TRACKING_FACTS } from '#tracking/services/geofence_service'

/**
 * What tracking keeps about drivers and orders follows the changes made
 * elsewhere, in one place: an order event (a crew on or off, an order
 * ending) expires the cached contexts of its drivers (old and new) on every
 * node and resets or closes the order's tracking state; a membership, role
 * or suspension change (accounts' `user:access-changed`) expires that
 * user's, so a driver who left a carrier
 * never sends another point to its fleet room. Subscribed once, at start.
 */
@inject()
export default class TrackingListener {
  constructor(
    private contexts: DriverContextService,
    private geofences: GeofenceService
  ) {}

  listen() {
    this.contexts.listen()
    emitter.on('order:event', async ({ orderId, event }) => {
      if (TRACKING_FACTS.has(event.type)) return // our own geofence events change no crew
      this.geofences.onOrderEvent(orderId, event.type)
      await this.contexts
        .expireOrder(orderId, namedDrivers(event.data))
        .catch((error: unknown) => logger.error({ err: error, orderId }, 'driver contexts kept'))
    })
    emitter.on('user:access-changed', ({ userId }) =>
      this.contexts.expireEverywhere({ driverIds: [userId] })
    )
  }
}

/** The drivers an order event names (`driverId`, `previousDriverId`: a crew on or off). */
function namedDrivers(data: Record<string, unknown> | undefined) {
  return Object.entries(data ?? {})
    .filter(([key, value]) => /driverId$/i.test(key) && Number.isInteger(value))
    .map(([, value]) => value as number)
}
