import db from '@adonisjs/lucid/services/db'
import trackingConfig from '#config/tracking'

/** An order's tracking state as it was before a step, and what the step judged. */
export interface OrderState {
  at_pickup: boolean
  at_dropoff: boolean
  off_route: boolean
  stop_since: Date | null
  stop_reported: boolean
  /** The point left the stop circle (or there was none): the stop now starts here (same statement). */
  moved: boolean
  has_route: boolean
  /** The point's distance from the planned route, read with the state (null: no route yet). */
  route_distance_m: number | null
}

/** A point an order's clock moves to. */
export interface StepPoint {
  lat: number
  lng: number
  recordedAt: number
}

interface Step {
  orderId: number
  point: StepPoint
  resolve: (state: OrderState | null) => void
  reject: (error: unknown) => void
}

/**
 * One statement for the steps of many orders: moves each order's clock to
 * its point (no row when a newer point was already seen) and, when the point
 * left the stop circle, starts the stop there; returns each state as it was
 * before (the facts are judged against it), whether it moved, and the
 * point's distance from the planned route. An order deleted meanwhile gets
 * no row (and fails no one else's step). The rows are locked in order_id
 * order, so two nodes stepping overlapping orders never deadlock.
 */
const STEP = `
  WITH here AS (
    SELECT order_id, ST_SetSRID(ST_MakePoint(x, y), 4326)::geography AS p, at
    FROM unnest(?::int[], ?::float8[], ?::float8[], ?::timestamptz[]) AS t(order_id, x, y, at)
    WHERE EXISTS (SELECT 1 FROM orders WHERE orders.id = t.order_id)
  ), prev AS (
    SELECT * FROM tracking_order_states WHERE order_id = ANY(?::int[]) ORDER BY order_id FOR UPDATE
  ), judged AS (
    SELECT here.order_id, here.p, here.at,
           prev.stop_position IS NULL OR prev.stop_since IS NULL
           OR ST_Distance(prev.stop_position, here.p) > ?::float8 AS moved
    FROM here LEFT JOIN prev USING (order_id)
  ), advanced AS (
    INSERT INTO tracking_order_states AS s
      (order_id, last_point_at, updated_at, stop_position, stop_since, stop_reported)
    SELECT judged.order_id, judged.at, now(),
           CASE WHEN judged.moved THEN judged.p ELSE prev.stop_position END,
           CASE WHEN judged.moved THEN judged.at ELSE prev.stop_since END,
           CASE WHEN judged.moved THEN false ELSE prev.stop_reported END
    FROM judged LEFT JOIN prev USING (order_id)
    ORDER BY judged.order_id
    ON CONFLICT (order_id) DO UPDATE SET
      last_point_at = EXCLUDED.last_point_at, updated_at = now(),
      stop_position = EXCLUDED.stop_position, stop_since = EXCLUDED.stop_since,
      stop_reported = EXCLUDED.stop_reported
    WHERE s.last_point_at IS NULL OR s.last_point_at < EXCLUDED.last_point_at
    RETURNING order_id
  )
  SELECT advanced.order_id,
         COALESCE(prev.at_pickup, false) AS at_pickup, COALESCE(prev.at_dropoff, false) AS at_dropoff,
         COALESCE(prev.off_route, false) AS off_route, prev.stop_since,
         COALESCE(prev.stop_reported, false) AS stop_reported, judged.moved,
         prev.planned_route IS NOT NULL AS has_route,
         ST_Distance(prev.planned_route, judged.p) AS route_distance_m
  FROM advanced JOIN judged USING (order_id) LEFT JOIN prev USING (order_id)`

/** A step waits at most this share of the check interval for others to share its statement. */
const GATHER_SHARE = 0.1
const GATHER_MOST_MS = 500
/** A larger gathering is split: the arrays stay a reasonable statement. */
const MOST_PER_STATEMENT = 500

/**
 * The state step of every geofence check (`GeofenceService`): each moving
 * order's check runs every `TRACKING_CHECK_INTERVAL_S`, so a fleet makes a
 * steady stream of them (100 a second for 500 trucks at 5 s). The steps
 * asked within a short gathering time (a tenth of the check interval, at most
 * 500 ms; a check is not on a driver's ack) go as one statement, and each
 * gets its own order's state. A failed statement is retried step by step, so
 * one bad order (deleted meanwhile) fails alone. One per GeofenceService.
 */
export default class OrderStateSteps {
  #waiting: Step[] = []
  #timer?: NodeJS.Timeout

  step(orderId: number, point: StepPoint): Promise<OrderState | null> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ orderId, point, resolve, reject })
      this.#schedule()
    })
  }

  #schedule() {
    if (this.#timer || this.#waiting.length === 0) return
    const { checkIntervalMs } = trackingConfig.exceptions
    const gatherMs = Math.min(checkIntervalMs * GATHER_SHARE, GATHER_MOST_MS)
    this.#timer = setTimeout(() => this.#runWaiting(), gatherMs)
  }

  #runWaiting() {
    this.#timer = undefined
    // One step per order in a statement (a row is updated once per statement); a second waits.
    const taken: Step[] = []
    const left: Step[] = []
    const orders = new Set<number>()
    for (const step of this.#waiting) {
      if (orders.has(step.orderId) || taken.length >= MOST_PER_STATEMENT) left.push(step)
      else {
        orders.add(step.orderId)
        taken.push(step)
      }
    }
    this.#waiting = left
    void this.#run(taken).finally(() => this.#schedule())
  }

  async #run(steps: Step[]) {
    try {
      const states = await this.#statement(steps)
      for (const step of steps) step.resolve(states.get(step.orderId) ?? null)
    } catch {
      for (const step of steps) {
        await this.#statement([step]).then(
          (states) => step.resolve(states.get(step.orderId) ?? null),
          step.reject
        )
      }
    }
  }

  async #statement(steps: Step[]) {
    const orderIds = steps.map((step) => step.orderId)
    const result = await db.rawQuery(STEP, [
      orderIds,
      steps.map((step) => step.point.lng),
      steps.map((step) => step.point.lat),
      steps.map((step) => new Date(step.point.recordedAt).toISOString()),
      orderIds,
      trackingConfig.exceptions.stopRadiusM,
    ])
    const rows = result.rows as (OrderState & { order_id: number })[]
    return new Map(rows.map(({ order_id: orderId, ...state }) => [orderId, state]))
  }
}
