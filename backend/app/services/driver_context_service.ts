import emitter from '@adonisjs/core/services/emitter'
import Order, { type OrderStatus } from '#models/order'
import type { LatLng } from '#models/geo_point'
import type User from '#models/user'

export interface ActiveOrderContext {
  id: number
  status: OrderStatus
  pickup: LatLng
  dropoff: LatLng
  carrierOrganisationId: number | null
}

export interface DriverContext {
  organisationId: number | null
  activeOrder: ActiveOrderContext | null
}

const TTL_MS = 5_000

/**
 * What the ingest path needs to know about a driver for each batch (their
 * organisation and active order), cached for a few seconds so a stream of
 * points costs no query. Any order event on this node clears the cache at
 * once; other nodes catch up within TTL_MS.
 */
class DriverContextService {
  #cache = new Map<number, { context: DriverContext; expiresAt: number }>()

  constructor() {
    emitter.on('order:event', () => this.#cache.clear())
  }

  async forDriver(driver: User): Promise<DriverContext> {
    const hit = this.#cache.get(driver.id)
    if (hit && hit.expiresAt > Date.now()) return hit.context
    const order = await Order.activeForDriver(driver.id)
    const context: DriverContext = {
      organisationId: driver.organisationId,
      activeOrder: order
        ? {
            id: order.id,
            status: order.status,
            pickup: order.pickup,
            dropoff: order.dropoff,
            carrierOrganisationId: order.carrierOrganisationId,
          }
        : null,
    }
    this.#cache.set(driver.id, { context, expiresAt: Date.now() + TTL_MS })
    return context
  }

  forget(driverId?: number) {
    if (driverId === undefined) this.#cache.clear()
    else this.#cache.delete(driverId)
  }
}

const driverContextService = new DriverContextService()
export default driverContextService
