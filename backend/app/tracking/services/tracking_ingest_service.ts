import logger from '@adonisjs/core/services/logger'
import { errors as vineErrors } from '@vinejs/vine'
import DomainException from '#core/exceptions/domain_exception'
import trackingConfig from '#config/tracking'
import type User from '#accounts/models/user'
import { accountSuspended } from '#accounts/account_suspended'
import type Broadcaster from '#realtime/services/broadcaster'
import type RoomAccess from '#realtime/services/room_access'
import { fleetRoomsOf, rooms } from '#realtime/rooms'
import type GpsWriteBuffer from '#tracking/services/gps_write_buffer'
import type { PingRow, PingSource } from '#tracking/services/gps_write_buffer'
import type DriverContextService from '#tracking/services/driver_context_service'
import type { DriverContext } from '#tracking/services/driver_context_service'
import type GeofenceService from '#tracking/services/geofence_service'
import { positionsBatchValidator } from '#tracking/validators/tracking'
import type IngestLimitService from '#tracking/services/ingest_limit_service'
import type { PositionAck } from '#tracking/transformers/tracking_schemas'
import type { PositionMessage } from '#realtime/services/last_positions'
import { trackingBatchesRefusedTotal, trackingPointsTotal } from '#tracking/tracking_metrics'
import { drives } from '#accounts/membership_rules'

/** A point after validation (app/tracking/validators/tracking.ts); recordedAt in epoch ms. */
export interface PointInput {
  seq?: number
  lat: number
  lng: number
  recordedAt: number
  accuracy?: number | null
  speed?: number | null
  heading?: number | null
  altitude?: number | null
  battery?: number | null
  orderId?: number
}

/** What a way in hands over: who sends (already identified) and the points as received. */
export interface Submission {
  driver: User
  /** Unchecked: the entry validates them. */
  points: unknown
  /** An OsmAnd report without a fix (cell towers, Wi-Fi, valid=false): authorised, nothing stored. */
  noFix?: boolean
}

/** The highest seq of the batch (`ackedSeq`): every point up to it is stored, a duplicate or skipped. */
export type IngestResult = PositionAck

/** Resent points remembered per driver (a lost ack resends one batch, usually a handful). */
const RECENT_PER_DRIVER = 128
/** Drivers silent this long are forgotten (their next point is simply fanned out). */
const FORGET_AFTER_MS = 10 * 60_000

/**
 * The one way into tracking, shared by the socket `positions` event, the
 * HTTP batch and the OsmAnd protocol. Each way only identifies the sender
 * and reads its wire format; everything else happens here, in one order, so
 * the three cannot answer the same mistake differently:
 *
 *   authorise (the driver's current role and order) -> validate the batch
 *   -> the driver's budget (points per minute) -> time checks -> the order
 *   check -> fan out -> store -> acknowledge
 *
 * A refusal is a DomainException (validation errors become `E_VALIDATION`
 * naming the first bad field) counted on /metrics by way in and code.
 * Bound as a container singleton (providers/app_provider.ts): it remembers
 * recent points per driver to fan a resent point out only once, and is
 * given its collaborators once, so a point costs no container look-up.
 */
export default class TrackingIngestService {
  /** Per driver: newest time seen and recent times, to fan a resent point out only once. */
  #seen = new Map<number, { newest: number; recent: Set<number>; touchedAt: number }>()

  constructor(
    private contexts: DriverContextService,
    private limits: IngestLimitService,
    private buffer: GpsWriteBuffer,
    private geofences: GeofenceService,
    private broadcaster: Broadcaster,
    private roomAccess: RoomAccess
  ) {
    setInterval(() => {
      const cutoff = Date.now() - FORGET_AFTER_MS
      for (const [driverId, seen] of this.#seen)
        if (seen.touchedAt < cutoff) this.#seen.delete(driverId)
    }, 60_000).unref()
  }

  /**
   * Runs `open` (the way in identifying the sender and reading its format)
   * and the submission through the entry. Anything `open` refuses is
   * counted like the entry's own refusals.
   */
  async receive(
    way: PingSource,
    open: () => Submission | Promise<Submission>
  ): Promise<IngestResult> {
    try {
      const submission = await open()
      const context = await this.#authorise(submission.driver)
      if (submission.noFix) return { ackedSeq: null, accepted: 0, duplicates: 0, skipped: 0 }
      const points = await this.#validate(submission.points)
      await this.limits.points(submission.driver.id, points.length)
      this.#checkTimes(points)
      this.#checkOrders(points, context)
      return await this.#store(way, submission.driver, context, points)
    } catch (error) {
      const refusal = asRefusal(error)
      trackingBatchesRefusedTotal.inc({ source: way, code: refusalCode(refusal) })
      throw refusal
    }
  }

  /** Only a user who is a driver now (not when the socket connected) and not suspended sends positions. */
  async #authorise(driver: User) {
    const context = await this.contexts.forDriver(driver)
    if (context.suspended) throw accountSuspended()
    if (!drives(context.role)) {
      throw new DomainException('Only drivers send positions', {
        status: 403,
        code: 'E_NOT_A_DRIVER',
      })
    }
    return context
  }

  async #validate(points: unknown): Promise<PointInput[]> {
    const batch = await positionsBatchValidator.validate({ points })
    return batch.points
  }

  #checkTimes(points: PointInput[]) {
    const now = Date.now()
    const { clockSkewMs, maxAgeMs } = trackingConfig.ingest
    points.forEach((point, index) => {
      if (point.recordedAt > now + clockSkewMs) {
        throw new DomainException('recordedAt is in the future; check the device clock', {
          status: 422,
          code: 'E_FUTURE_TIMESTAMP',
          field: `points.${index}.recordedAt`,
        })
      }
      if (point.recordedAt < now - maxAgeMs) {
        throw new DomainException('recordedAt is too old to be accepted', {
          status: 422,
          code: 'E_TOO_OLD',
          field: `points.${index}.recordedAt`,
        })
      }
    })
  }

  #checkOrders(points: PointInput[], context: DriverContext) {
    const index = points.findIndex(
      (point) => point.orderId !== undefined && point.orderId !== context.activeOrder?.id
    )
    if (index >= 0) {
      throw new DomainException('You are not working on this order', {
        status: 403,
        code: 'E_ORDER_NOT_HELD',
        field: `points.${index}.orderId`,
      })
    }
  }

  /**
   * Fans each new point out to its rooms at once, then hands the batch to
   * the write buffer and returns only once it is committed (the caller
   * acknowledges then).
   */
  async #store(
    source: PingSource,
    driver: User,
    context: DriverContext,
    points: PointInput[]
  ): Promise<IngestResult> {
    const { maxAccuracyM, clockSkewMs } = trackingConfig.ingest
    const order = context.activeOrder
    const fleetRooms = fleetRoomsOf(context.organisationId)
    const orderRooms = order ? [rooms.order(order.id), ...fleetRooms] : fleetRooms
    const seen = this.#seenFor(driver.id)
    const rows: PingRow[] = []
    let duplicates = 0
    let skipped = 0
    let ackedSeq: number | null = null

    for (const point of points) {
      if (point.seq !== undefined && (ackedSeq === null || point.seq > ackedSeq))
        ackedSeq = point.seq
      if (typeof point.accuracy === 'number' && point.accuracy > maxAccuracyM) {
        skipped++
        continue
      }
      // A point recorded before the driver got the order is not part of its track.
      // (Within the clock skew we allow: a phone running a little late still counts.)
      const ofOrder = order !== null && point.recordedAt >= order.assignedAt - clockSkewMs
      const row: PingRow = {
        driverId: driver.id,
        organisationId: context.organisationId,
        orderId: ofOrder ? order.id : null,
        recordedAt: point.recordedAt,
        lat: point.lat,
        lng: point.lng,
        accuracy: point.accuracy ?? null,
        speed: point.speed ?? null,
        heading: point.heading ?? null,
        altitude: point.altitude ?? null,
        battery: point.battery ?? null,
        source,
      }
      // Written even when seen (the earlier write may have failed); the unique key drops it.
      rows.push(row)
      if (seen.recent.has(point.recordedAt)) {
        duplicates++
        continue
      }
      this.#remember(seen, point.recordedAt)
      const latest = point.recordedAt > seen.newest
      if (latest) seen.newest = point.recordedAt
      const message = toMessage(row, latest)
      this.broadcaster.emit(ofOrder ? orderRooms : fleetRooms, 'position', message)
      // Rooms of other capabilities (a milk route) are reviewed before each point.
      for (const room of context.extraRooms)
        void this.roomAccess.reviewThenEmit(room, 'position', message)
    }

    try {
      await this.buffer.write(rows)
    } catch (error) {
      logger.error({ err: error }, 'gps batch write failed')
      throw new DomainException('Positions could not be stored; send them again', {
        status: 503,
        code: 'E_STORE_UNAVAILABLE',
      })
    }

    const orderRows = rows.filter((row) => row.orderId !== null)
    if (orderRows.length > 0) {
      const newest = orderRows.reduce((a, b) => (b.recordedAt > a.recordedAt ? b : a))
      this.geofences.afterCommit(driver, context, newest)
    }
    const accepted = rows.length - duplicates
    if (accepted) trackingPointsTotal.inc({ source, outcome: 'accepted' }, accepted)
    if (duplicates) trackingPointsTotal.inc({ source, outcome: 'duplicate' }, duplicates)
    if (skipped) trackingPointsTotal.inc({ source, outcome: 'skipped' }, skipped)
    return { ackedSeq, accepted, duplicates, skipped }
  }

  #seenFor(driverId: number) {
    let seen = this.#seen.get(driverId)
    if (!seen) {
      seen = { newest: 0, recent: new Set(), touchedAt: 0 }
      this.#seen.set(driverId, seen)
    }
    seen.touchedAt = Date.now()
    return seen
  }

  #remember(seen: { recent: Set<number> }, recordedAt: number) {
    seen.recent.add(recordedAt)
    if (seen.recent.size > RECENT_PER_DRIVER) {
      seen.recent.delete(seen.recent.values().next().value!)
    }
  }
}

/** A validation error becomes one refusal naming the first bad field, whatever the way in. */
function asRefusal(error: unknown) {
  if (error instanceof vineErrors.E_VALIDATION_ERROR) {
    const [first] = error.messages as { field: string; message: string }[]
    return new DomainException(first?.message ?? 'Invalid positions', {
      status: 422,
      code: 'E_VALIDATION',
      field: first?.field,
    })
  }
  return error
}

function refusalCode(error: unknown) {
  const code = (error as { code?: unknown })?.code
  return typeof code === 'string' && /^E_[A-Z_]{1,40}$/.test(code) ? code : 'E_INTERNAL'
}

function toMessage(row: PingRow, latest: boolean): PositionMessage {
  return {
    driverId: row.driverId,
    orderId: row.orderId,
    lat: row.lat,
    lng: row.lng,
    recordedAt: new Date(row.recordedAt).toISOString(),
    accuracy: row.accuracy,
    speed: row.speed,
    heading: row.heading,
    altitude: row.altitude,
    battery: row.battery,
    latest,
  }
}
