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
  /** An admin suspended the account: nothing it sends is accepted (OsmAnd trackers included). */
  suspended: boolean
  organisationId: number | null
  activeOrder: ActiveOrderContext | null
  /** Other rooms their points go to (realtime's DriverRooms hook: the milk routes they drive). */
  extraRooms: string[]
}

/**
 * A backstop only: a context follows the events below, and is read again
 * this long after it was loaded in case the database was changed by hand
 * (spread so a fleet's drivers are not all read in the same second).
 */
const BACKSTOP_MS = 10 * 60_000
/** Pub/sub channels ignore the Redis db number: keep deployments sharing a server apart. */
const STALE_CHANNEL = `njia:tracking:contexts-stale:${new URL(env.get('REDIS_URL') ?? 'redis://localhost/0').pathname.slice(1) || '0'}`

/** Which contexts a change makes stale: these drivers', and every driver's whose active order this is. */
export interface StaleContexts {
  driverIds: number[]
  orderId?: number
}

/** A lookup in flight, shared by concurrent batches of the same driver. */
interface Lookup {
  promise: Promise<DriverContext>
  /** Orders an event touched while it ran: if it read one of them as active, it is stale. */
  staleOrders: Set<number>
}

/**
 * What the ingest path needs to know about a driver for each batch (their
 * current role and organisation, and their active order), cached until an
 * event changes it, so a stream of points costs no query. An order event
 * (an assignment, unassignment, status move, cancellation...) expires the
 * contexts of the order's drivers, old and new, and a membership, role,
 * suspension or route change (`user:access-changed`) that user's, on every
 * API node (tracking_listener.ts; Redis pub/sub when REDIS_URL is set). An
 * expired entry is never served: the next batch waits for a fresh lookup,
 * so the first batch after an assignment already belongs to the order, and
 * a driver who left an organisation never reaches its fleet room again.
 * One per process: a container singleton (providers/app_provider.ts).
 */
export default class DriverContextService {
  #cache = new Map<number, { context: DriverContext; expiresAt: number }>()
  #loading = new Map<number, Lookup>()
  #listening = false

  constructor(private driverRooms: DriverRooms) {}

  /**
   * Every node hears when any node expires contexts (Redis pub/sub).
   * Called at start by tracking's listener, and at first use for commands.
   */
  listen() {
    if (this.#listening) return
    this.#listening = true
    if (redisEnabled) {
      redis.subscribe(STALE_CHANNEL, (message: string) => this.#expire(parseStale(message)))
    }
  }

  /**
   * Expires these contexts here and on every other node: the next batch of
   * those drivers reads their role, organisation and order afresh.
   */
  async expireEverywhere(stale: StaleContexts) {
    this.listen()
    this.#expire(stale)
    if (!redisEnabled) return
    // Awaited by the emitter: the change's request answers once every node has been told.
    await redis.publish(STALE_CHANNEL, JSON.stringify(stale)).catch((error: unknown) => {
      logger.warn({ err: error }, 'driver context invalidation not published')
    })
  }

  /**
   * After an order event: the drivers it names, the one it has now (read
   * here, after the commit) and, on each node, whoever had it as active.
   */
  async expireOrder(orderId: number, named: number[]) {
    this.listen()
    // Here at once, before the read below lets a batch in.
    this.#expire({ driverIds: named, orderId })
    const order = await Order.query().select('assigned_driver_id').where('id', orderId).first()
    const driverIds = new Set(named)
    if (order?.assignedDriverId) driverIds.add(order.assignedDriverId)
    await this.expireEverywhere({ driverIds: [...driverIds], orderId })
  }

  /**
   * Only the contexts the change concerns: another driver's lookup in flight
   * goes on (with many order events a second, clearing them all made every
   * driver's next batch wait for a fresh read).
   */
  #expire(stale: StaleContexts | 'all') {
    if (stale === 'all') {
      this.#loading.clear()
      return this.#cache.clear()
    }
    const { driverIds, orderId } = stale
    for (const driverId of driverIds) {
      this.#cache.delete(driverId)
      // Its lookup may predate the change: the next batch starts its own, and this one is not cached.
      this.#loading.delete(driverId)
    }
    if (orderId === undefined) return
    for (const [driverId, entry] of this.#cache)
      if (entry.context.activeOrder?.id === orderId) this.#cache.delete(driverId)
    // Whoever is being read may turn out to hold this order: judged when the read comes back.
    for (const lookup of this.#loading.values()) lookup.staleOrders.add(orderId)
  }

  async forDriver(driver: User): Promise<DriverContext> {
    this.listen()
    const hit = this.#cache.get(driver.id)
    if (hit && hit.expiresAt > Date.now()) return hit.context
    const lookup = this.#loading.get(driver.id) ?? this.#lookup(driver.id)
    const context = await lookup.promise
    // Read before an event about the order it holds: read again (the stale one was not cached).
    if (isStale(context, lookup)) return this.forDriver(driver)
    return context
  }

  #lookup(driverId: number) {
    const expiresAt = Date.now() + BACKSTOP_MS * (0.75 + Math.random() / 4)
    const lookup: Lookup = { promise: this.#load(driverId), staleOrders: new Set() }
    this.#loading.set(driverId, lookup)
    const settled = () => {
      const current = this.#loading.get(driverId) === lookup
      if (current) this.#loading.delete(driverId)
      return current
    }
    lookup.promise.then((context) => {
      // Not current: an expiry named this driver while it ran (its callers still use it once).
      if (settled() && !isStale(context, lookup)) this.#cache.set(driverId, { context, expiresAt })
    }, settled)
    return lookup
  }

  async #load(driverId: number): Promise<DriverContext> {
    const [current, order, extraRooms] = await Promise.all([
      User.find(driverId),
      Order.activeForDriver(driverId),
      this.driverRooms.of(driverId),
    ])
    return {
      role: current?.role ?? null,
      suspended: Boolean(current?.suspendedAt),
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
  }

  forget(driverId?: number) {
    if (driverId === undefined) this.#cache.clear()
    else this.#cache.delete(driverId)
  }
}

function isStale(context: DriverContext, lookup: Lookup) {
  return context.activeOrder !== null && lookup.staleOrders.has(context.activeOrder.id)
}

/** A message of another node; an unreadable one expires everything rather than nothing. */
function parseStale(message: string): StaleContexts | 'all' {
  try {
    const parsed = JSON.parse(message) as Partial<StaleContexts>
    if (!Array.isArray(parsed.driverIds)) return 'all'
    return {
      driverIds: parsed.driverIds.filter((id): id is number => Number.isInteger(id)),
      orderId: Number.isInteger(parsed.orderId) ? parsed.orderId : undefined,
    }
  } catch {
    return 'all'
  }
}
