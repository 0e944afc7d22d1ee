import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import trackingConfig from '#config/tracking'
import type User from '#accounts/models/user'
import TrackingException, { type TrackingExceptionKind } from '#tracking/models/tracking_exception'
import type OrderEventService from '#orders/services/order_event_service'
import type { DriverContext } from '#tracking/services/driver_context_service'
import type { PingRow } from '#tracking/services/gps_write_buffer'
import { distanceM } from '#tracking/routing/geo'
import type RoutePlanner from '#tracking/services/route_planner'
import type Broadcaster from '#realtime/services/broadcaster'
import { fleetRoomsOf } from '#realtime/rooms'
import OrderStateSteps, { type OrderState } from '#tracking/services/order_state_steps'
import TrackingExceptionTransformer from '#tracking/transformers/tracking_exception_transformer'
import {
  ACTIVE_DRIVER_STATUSES,
  CREW_MOVES,
  eventOf,
  RULES,
  targetOf,
  type OrderAction,
  type OrderMove,
} from '#orders/order_state_machine'

/** The order events tracking itself records; they change no assignment. */
export const TRACKING_FACTS = new Set([
  'arrived_pickup',
  'left_pickup',
  'arrived_dropoff',
  'left_dropoff',
])

const UNDER_WAY = new Set<string>(ACTIVE_DRIVER_STATUSES)

/** The order events after which the driver no longer works on the order (or another does). */
const ENDS_OR_CHANGES_DRIVER = new Set(
  (Object.keys(RULES) as OrderAction[])
    .filter((action): action is OrderMove => 'to' in RULES[action])
    .filter((move) => move === 'reassign' || !UNDER_WAY.has(targetOf(move)))
    .map(eventOf)
)

/** The order events that put a crew on the order or take it off (assign, accept a bid, reassign, unassign). */
const CREW_CHANGES = new Set(CREW_MOVES.map(eventOf))

type Flag = 'at_pickup' | 'at_dropoff' | 'off_route' | 'stop_reported'

/**
 * Runs after a batch is committed, with the newest point of the batch for
 * the driver's active order: arriving at / leaving the pickup and drop-off
 * become order events; a long stop or leaving the planned corridor becomes
 * an exception for dispatchers. Each fact flips a flag in
 * tracking_order_states with a conditional UPDATE, so it is reported once
 * even when two nodes see points of the same order. One per process (it
 * throttles checks per order): a container singleton (providers/app_provider.ts).
 */
export default class GeofenceService {
  #running = new Set<Promise<void>>()
  /** Per order on this node: a check in flight, the newest point waiting, when it last ran. */
  #orders = new Map<
    number,
    { busy: boolean; next?: [User, DriverContext, PingRow]; lastRunAt: number }
  >()
  #steps = new OrderStateSteps()

  constructor(
    private events: OrderEventService,
    private broadcaster: Broadcaster,
    private planner: RoutePlanner
  ) {}

  /**
   * A crew put on or taken off the order starts its facts afresh: the
   * previous crew's arrival at the pickup or its clock must not stop the
   * next crew's from being reported.
   */
  async forgetCrew(orderId: number) {
    this.#orders.delete(orderId)
    await db.from('tracking_order_states').where('order_id', orderId).delete()
  }

  /** Checks run after the ack; this waits for those started so far (shutdown, tests). */
  async settled() {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running])
  }

  /**
   * At most one check per order in flight and one per `checkIntervalMs`, on
   * the newest point: a truck streaming 5 points a second costs the
   * database one check every few seconds, not five.
   */
  afterCommit(driver: User, context: DriverContext, point: PingRow) {
    const orderId = context.activeOrder?.id
    if (!orderId) return
    let slot = this.#orders.get(orderId)
    if (!slot) {
      slot = { busy: false, lastRunAt: 0 }
      this.#orders.set(orderId, slot)
    }
    if (!slot.next || slot.next[2].recordedAt < point.recordedAt)
      slot.next = [driver, context, point]
    if (slot.busy) return
    const wait = slot.lastRunAt + trackingConfig.exceptions.checkIntervalMs - Date.now()
    slot.busy = true
    const run = (async () => {
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      while (slot.next) {
        const [d, c, p] = slot.next
        slot.next = undefined
        slot.lastRunAt = Date.now()
        await this.#check(d, c, p).catch((error) =>
          logger.error({ err: error, orderId }, 'geofence check failed')
        )
        if (slot.next && trackingConfig.exceptions.checkIntervalMs > 0) {
          await new Promise((resolve) =>
            setTimeout(resolve, trackingConfig.exceptions.checkIntervalMs)
          )
        }
      }
      slot.busy = false
      if (this.#orders.size > 10_000) this.#orders.delete(orderId)
    })()
    this.#running.add(run)
    run.finally(() => this.#running.delete(run))
  }

  async #check(driver: User, context: DriverContext, point: PingRow) {
    const order = context.activeOrder
    if (!order) return
    const state = await this.#advance(order.id, point)
    if (!state) return // an out-of-order point: facts follow the newest point only
    if (!state.has_route) await this.#storePlannedRoute(order.id, [order.pickup, order.dropoff])

    const here = { lat: point.lat, lng: point.lng }
    const { radiusM, exitFactor } = trackingConfig.geofence
    const fences = [
      { flag: 'at_pickup', stop: order.pickup, arrived: 'arrived_pickup', left: 'left_pickup' },
      { flag: 'at_dropoff', stop: order.dropoff, arrived: 'arrived_dropoff', left: 'left_dropoff' },
    ] as const
    let insideAFence = false
    for (const fence of fences) {
      const distance = distanceM(here, fence.stop)
      const inside = distance <= radiusM
      insideAFence ||= inside
      let type: string | null = null
      if (inside && !state[fence.flag] && (await this.#flip(order.id, fence.flag, true))) {
        type = fence.arrived
      } else if (
        distance > radiusM * exitFactor &&
        state[fence.flag] &&
        (await this.#flip(order.id, fence.flag, false))
      ) {
        type = fence.left
      }
      if (type) {
        await this.events.record(order, {
          type,
          actorId: null,
          position: here,
          data: { driverId: driver.id, distanceM: Math.round(distance), radiusM },
        })
      }
    }

    await this.#checkLongStop(driver, context, point, state, insideAFence)
    await this.#checkCorridor(driver, context, point, state)
  }

  /**
   * Moves the order's clock to this point (and the stop, when it moved);
   * null when a newer point was already seen. The steps of orders checked
   * at about the same time share one statement (OrderStateSteps).
   */
  #advance(orderId: number, point: PingRow): Promise<OrderState | null> {
    return this.#steps.step(orderId, point)
  }

  async #flip(orderId: number, flag: Flag, value: boolean) {
    const result = await db.rawQuery(
      `UPDATE tracking_order_states SET ${flag} = ?, updated_at = now()
       WHERE order_id = ? AND ${flag} = ? RETURNING order_id`,
      [value, orderId, !value]
    )
    return result.rows.length === 1
  }

  async #storePlannedRoute(orderId: number, stops: { lat: number; lng: number }[]) {
    const plan = await this.planner.plan(stops)
    await db.rawQuery(
      `UPDATE tracking_order_states
       SET planned_route = ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)::geography,
           planned_source = ?, planned_distance_m = ?, planned_duration_s = ?
       WHERE order_id = ? AND planned_route IS NULL`,
      [
        JSON.stringify({ type: 'LineString', coordinates: plan.coordinates }),
        plan.source,
        plan.distanceM,
        plan.durationS,
        orderId,
      ]
    )
  }

  async #checkLongStop(
    driver: User,
    context: DriverContext,
    point: PingRow,
    state: OrderState,
    insideAFence: boolean
  ) {
    const { longStopMinutes } = trackingConfig.exceptions
    const orderId = context.activeOrder!.id
    if (state.moved || !state.stop_since) {
      // Moving (the stop already starts here, see OrderStateSteps): a reported stop is over.
      if (state.stop_reported)
        await this.resolve(orderId, ['long_stop'], 'moved_on', point.recordedAt)
      return
    }
    const stoppedMs = point.recordedAt - new Date(state.stop_since).getTime()
    if (
      !insideAFence &&
      !state.stop_reported &&
      stoppedMs >= longStopMinutes * 60_000 &&
      (await this.#flip(orderId, 'stop_reported', true))
    ) {
      await this.#open('long_stop', driver, context, point, {
        stoppedMinutes: Math.round(stoppedMs / 60_000),
        since: new Date(state.stop_since).toISOString(),
      })
    }
  }

  async #checkCorridor(driver: User, context: DriverContext, point: PingRow, state: OrderState) {
    const orderId = context.activeOrder!.id
    const { corridorM } = trackingConfig.exceptions
    // Read with the state, except at the check that has just planned the route.
    const distance = state.has_route
      ? state.route_distance_m
      : await this.#routeDistance(orderId, point)
    if (distance === null) return
    if (
      distance > corridorM &&
      !state.off_route &&
      (await this.#flip(orderId, 'off_route', true))
    ) {
      await this.#open('off_route', driver, context, point, {
        distanceM: Math.round(distance),
        corridorM,
      })
    } else if (
      distance <= corridorM * 0.8 &&
      state.off_route &&
      (await this.#flip(orderId, 'off_route', false))
    ) {
      await this.resolve(orderId, ['off_route'], 'back_on_route', point.recordedAt)
    }
  }

  async #routeDistance(orderId: number, point: PingRow) {
    const result = await db.rawQuery(
      `SELECT ST_Distance(planned_route, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography) AS d
       FROM tracking_order_states WHERE order_id = ? AND planned_route IS NOT NULL`,
      [point.lng, point.lat, orderId]
    )
    return (result.rows[0]?.d as number | undefined) ?? null
  }

  /**
   * Closes the order's open exceptions of these kinds and tells the fleet
   * rooms (the dispatch board drops an exception that arrives resolved).
   * The conditional UPDATE closes each once, whichever node gets there first.
   */
  async resolve(
    orderId: number,
    kinds: TrackingExceptionKind[],
    resolution: string,
    at: number = Date.now()
  ) {
    const result = await db.rawQuery(
      `UPDATE tracking_exceptions
       SET resolved_at = GREATEST(opened_at, ?::timestamptz), details = details || ?::jsonb
       WHERE order_id = ? AND kind = ANY(?) AND resolved_at IS NULL
       RETURNING id`,
      [new Date(at).toISOString(), JSON.stringify({ resolution }), orderId, kinds]
    )
    const ids = (result.rows as { id: number }[]).map((row) => row.id)
    if (ids.length === 0) return
    const resolved = await TrackingException.query()
      .select('*', db.raw('ST_Y(position::geometry) AS lat, ST_X(position::geometry) AS lng'))
      .whereIn('id', ids)
      .preload('driver')
    for (const exception of resolved) {
      this.broadcaster.emit(
        fleetRoomsOf(exception.organisationId),
        'exception',
        TrackingExceptionTransformer.toJSON(exception)
      )
    }
  }

  /**
   * An order that is no longer under way with this driver (delivered,
   * cancelled, unassigned, given to another driver) has no open exception
   * left, and its stop and corridor watch starts afresh for the next driver.
   */
  /**
   * Tracking follows each crew on its own: a crew change resets the order's
   * geofence facts, and an order that ends or changes driver closes its
   * exceptions. Run after the order event's commit; waited for by `settled`.
   */
  onOrderEvent(orderId: number, type: string) {
    const crewChange = CREW_CHANGES.has(type)
    const endsOrChangesDriver = ENDS_OR_CHANGES_DRIVER.has(type)
    if (!crewChange && !endsOrChangesDriver) return
    // One after the other: the embedded database must not get two queries of one event at once.
    const run = (async () => {
      if (crewChange) await this.forgetCrew(orderId)
      if (endsOrChangesDriver) await this.closeFinished(orderId)
    })().catch((error) =>
      logger.error({ err: error, orderId }, 'tracking state of the order not updated')
    )
    this.#running.add(run)
    run.finally(() => this.#running.delete(run))
  }

  async closeFinished(orderId: number) {
    const result = await db.rawQuery(
      `SELECT o.status, o.assigned_driver_id FROM orders o WHERE o.id = ?`,
      [orderId]
    )
    const order = result.rows[0] as
      { status: string; assigned_driver_id: number | null } | undefined
    const underWay = order && UNDER_WAY.has(order.status) && order.assigned_driver_id !== null
    if (underWay) {
      const stale = await db.rawQuery(
        `SELECT 1 FROM tracking_exceptions
         WHERE order_id = ? AND resolved_at IS NULL AND driver_id <> ? LIMIT 1`,
        [orderId, order.assigned_driver_id]
      )
      if (stale.rows.length === 0) return
    }
    await db.rawQuery(
      `UPDATE tracking_order_states
       SET off_route = false, stop_reported = false, stop_since = NULL, stop_position = NULL,
           updated_at = now()
       WHERE order_id = ?`,
      [orderId]
    )
    await this.resolve(
      orderId,
      ['long_stop', 'off_route'],
      underWay ? 'driver_changed' : 'order_ended'
    )
  }

  async #open(
    kind: TrackingExceptionKind,
    driver: User,
    context: DriverContext,
    point: PingRow,
    details: Record<string, unknown>
  ) {
    const exception = await TrackingException.create({
      kind,
      orderId: context.activeOrder!.id,
      driverId: driver.id,
      organisationId: context.activeOrder!.carrierOrganisationId ?? context.organisationId,
      position: db.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography', [
        point.lng,
        point.lat,
      ]) as unknown as string,
      details: { ...details, lat: point.lat, lng: point.lng },
      openedAt: DateTime.fromMillis(point.recordedAt),
      resolvedAt: null,
    })
    exception.$setRelated('driver', driver)
    this.broadcaster.emit(
      fleetRoomsOf(exception.organisationId),
      'exception',
      TrackingExceptionTransformer.toJSON(exception, point)
    )
  }
}
