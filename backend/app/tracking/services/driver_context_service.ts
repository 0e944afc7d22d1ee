import logger from '@adonisjs/core/services/logger'
import redis from '@adonisjs/redis/services/main'
import env from '#start/env'
import { redisEnabled } from '#config/redis'
import Order, { type OrderStatus } from '#orders/models/order'
import type { LatLng } from '#core/models/geo_point'
import User, { type Role } from '#accounts/models/user'
import type DriverRooms from '#realtime/services/driver_rooms'

export interface ActiveOrderContext {
  id: number
  status: OrderStatus
  pickup: LatLng
  dropoff: LatLng
  carrierOrganisationId: number | null
  /** When the driver got this order (epoch ms): an earlier point is not the order's. */
  assignedAt: number
}

export interface DriverContext {
  /** The user's role now (read with the context, not from the socket's handshake). */
  role: Role | null
  organisationId: number | null
  activeOrder: ActiveOrderContext | null
  /** Other rooms their points go to (realtime's DriverRooms hook: the milk routes they drive). */
  extraRooms: string[]
}

const TTL_MS = 5_000
/** Pub/sub channels ignore the Redis db number: keep deployments sharing a server apart. */
const STALE_CHANNEL = `njia:tracking:contexts-stale:${new URL(env.get('REDIS_URL') ?? 'redis://localhost/0').pathname.slice(1) || '0'}`

/**
 * What the ingest path needs to know about a driver for each batch (their
 * current role and organisation, and their active order), cached for a few
 * seconds so a stream of points costs no query. An order event (an
 * assignment, unassignment, cancellation...) and a membership or role
 * change expire every entry on every API node (tracking_listener.ts; Redis
 * pub/sub when REDIS_URL is set), and an expired entry is never served: the
 * next batch waits for a fresh lookup, so the first batch after an
 * assignment already belongs to the order, and a driver who left an
 * organisation never reaches its fleet room again. One per process: a
 * container singleton (providers/app_provider.ts).
 */
export default class DriverContextService {
  #cache = new Map<number, { context: DriverContext; expiresAt: number }>()
  /** Lookups in flight, shared by concurrent batches of the same driver. */
  #loading = new Map<number, Promise<DriverContext>>()
  /** Bumped by every expiry: a lookup started before it is used once, never cached. */
  #generation = 0
  #listening = false

  constructor(private driverRooms: DriverRooms) {}

  /**
   * Every node hears when any node expires the contexts (Redis pub/sub).
   * Called at start by tracking's listener, and at first use for commands.
   */
  listen() {
    if (this.#listening) return
    this.#listening = true
    if (redisEnabled) redis.subscribe(STALE_CHANNEL, () => this.#expireAll())
  }

  /**
   * Expires every cached context here and on every other node: the next
   * batch of any driver reads their role, organisation and order afresh.
   */
  async expireEverywhere() {
    this.listen()
    this.#expireAll()
    if (!redisEnabled) return
    // Awaited by the emitter: the change's request answers once every node has been told.
    await redis.publish(STALE_CHANNEL, '1').catch((error: unknown) => {
      logger.warn({ err: error }, 'driver context invalidation not published')
    })
  }

  #expireAll() {
    this.#generation++
    this.#loading.clear()
    this.#cache.clear()
  }

  async forDriver(driver: User): Promise<DriverContext> {
    this.listen()
    const hit = this.#cache.get(driver.id)
    if (hit && hit.expiresAt > Date.now()) return hit.context
    let loading = this.#loading.get(driver.id)
    if (!loading) {
      loading = this.#load(driver.id).finally(() => {
        if (this.#loading.get(driver.id) === loading) this.#loading.delete(driver.id)
      })
      this.#loading.set(driver.id, loading)
    }
    return loading
  }

  async #load(driverId: number) {
    const expiresAt = Date.now() + TTL_MS
    const generation = this.#generation
    const [current, order, extraRooms] = await Promise.all([
      User.find(driverId),
      Order.activeForDriver(driverId),
      this.driverRooms.of(driverId),
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
            assignedAt: order.assignedAt?.toMillis() ?? 0,
          }
        : null,
      extraRooms,
    }
    if (generation === this.#generation) this.#cache.set(driverId, { context, expiresAt })
    return context
  }

  forget(driverId?: number) {
    if (driverId === undefined) this.#cache.clear()
    else this.#cache.delete(driverId)
  }
}
