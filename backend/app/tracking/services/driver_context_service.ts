import emitter from '@adonisjs/core/services/emitter'
import Order, { type OrderStatus } from '#orders/models/order'
import type { LatLng } from '#core/models/geo_point'
import User, { type Role } from '#accounts/models/user'

export interface ActiveOrderContext {
  id: number
  status: OrderStatus
  pickup: LatLng
  dropoff: LatLng
  carrierOrganisationId: number | null
}

export interface DriverContext {
  /** The user's role now (read with the context, not from the socket's handshake). */
  role: Role | null
  organisationId: number | null
  activeOrder: ActiveOrderContext | null
}

const TTL_MS = 5_000
const TRACKING_FACTS = new Set(['arrived_pickup', 'left_pickup', 'arrived_dropoff', 'left_dropoff'])

/**
 * What the ingest path needs to know about a driver for each batch (their
 * current role and organisation, and their active order), cached for a few seconds so a stream of
 * points costs no query. An event of a driver's order drops their entry
 * (the next batch waits for a fresh lookup); any other order event marks
 * every entry stale (refreshed in the background). Other nodes catch up
 * within TTL_MS.
 */
class DriverContextService {
  #cache = new Map<number, { context: DriverContext; expiresAt: number }>()
  #refreshing = new Set<number>()
  #listening = false

  /** Subscribed at first use: the module may be imported before the emitter exists (providers). */
  #listen() {
    if (this.#listening) return
    this.#listening = true
    emitter.on('order:event', ({ orderId, event }) => {
      if (TRACKING_FACTS.has(event.type)) return // our own geofence events change no assignment
      for (const [driverId, entry] of this.#cache) {
        if (entry.context.activeOrder?.id === orderId) this.#cache.delete(driverId)
        else entry.expiresAt = 0
      }
    })
  }

  /**
   * Fresh from cache; stale is served at once while a refresh runs in the
   * background, so a busy database never delays fan-out. Only a driver's
   * first batch on this node waits for the query.
   */
  async forDriver(driver: User): Promise<DriverContext> {
    this.#listen()
    const hit = this.#cache.get(driver.id)
    if (hit && hit.expiresAt > Date.now()) return hit.context
    if (hit) {
      if (!this.#refreshing.has(driver.id)) {
        this.#refreshing.add(driver.id)
        this.#load(driver)
          .catch(() => {})
          .finally(() => this.#refreshing.delete(driver.id))
      }
      return hit.context
    }
    return this.#load(driver)
  }

  async #load(driver: User) {
    const [current, order] = await Promise.all([
      User.find(driver.id),
      Order.activeForDriver(driver.id),
    ])
    const context: DriverContext = {
      role: current?.role ?? null,
      organisationId: current?.organisationId ?? null,
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
