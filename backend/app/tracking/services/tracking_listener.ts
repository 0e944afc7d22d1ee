import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import type {} from '#accounts/access_events'
import DriverContextService from '#tracking/services/driver_context_service'
import GeofenceService, { TRACKING_FACTS } from '#tracking/services/geofence_service'

/**
 * What tracking keeps about drivers and orders follows the changes made
 * elsewhere, in one place: an order event (a crew on or off, an order
 * ending) expires the cached driver contexts on every node and resets or
 * closes the order's tracking state; a membership or role change (accounts'
 * `user:access-changed`) expires them too, so a driver who left a carrier
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
    emitter.on('order:event', ({ orderId, event }) => {
      if (TRACKING_FACTS.has(event.type)) return // our own geofence events change no crew
      void this.contexts.expireEverywhere()
      this.geofences.onOrderEvent(orderId, event.type)
    })
    emitter.on('user:access-changed', () => this.contexts.expireEverywhere())
  }
}
