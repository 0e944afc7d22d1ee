import trackingConfig from '#config/tracking'
import { trackingFlushPoints, trackingFlushSeconds } from '#tracking/tracking_metrics'
import GpsPartitionService from '#tracking/services/gps_partition_service'
import type GpsFlushRunner from '#tracking/services/gps_flush_runner'
import SharedTurns from '#core/services/shared_turns'

export type PingSource = 'socket' | 'http' | 'osmand'

/** A validated point, ready to be written. */
export interface PingRow {
  driverId: number
  organisationId: number | null
  orderId: number | null
  recordedAt: number
  lat: number
  lng: number
  accuracy: number | null
  speed: number | null
  heading: number | null
  altitude: number | null
  battery: number | null
  source: PingSource
}

interface Waiter {
  rows: PingRow[]
  resolve: () => void
  reject: (error: unknown) => void
}

/** `{1,2,NULL}` — a PostgreSQL array literal; values are numbers or ISO strings only. */
function arrayLiteral(values: (number | string | null)[]) {
  return `{${values.map((v) => (v === null ? 'NULL' : v)).join(',')}}`
}

/**
 * One statement, so one round trip and its own transaction: the points into
 * gps_pings (a resent point dropped by the unique key), then each driver's
 * newest into driver_positions, where an older point never replaces a newer
 * "current" position. Both tables in the same order in every flush, so
 * concurrent flushes (and nodes) never deadlock.
 */
const WRITE_POINTS = `
  WITH pings AS (
    INSERT INTO gps_pings (driver_id, order_id, recorded_at, position, accuracy_m, speed_mps,
                           heading, altitude_m, battery, source)
    SELECT d, o, r, ST_SetSRID(ST_MakePoint(x, y), 4326)::geography, a, s, h, al, b, src
    FROM unnest(?::int[], ?::int[], ?::timestamptz[], ?::float8[], ?::float8[], ?::real[],
                ?::real[], ?::real[], ?::real[], ?::real[], ?::text[])
         AS t(d, o, r, x, y, a, s, h, al, b, src)
    ON CONFLICT (driver_id, recorded_at) DO NOTHING
  )
  INSERT INTO driver_positions (driver_id, organisation_id, order_id, position, recorded_at,
                                accuracy_m, speed_mps, heading, battery, updated_at)
  SELECT d, g, o, ST_SetSRID(ST_MakePoint(x, y), 4326)::geography, r, a, s, h, b, now()
  FROM unnest(?::int[], ?::int[], ?::int[], ?::float8[], ?::float8[], ?::timestamptz[],
              ?::real[], ?::real[], ?::real[], ?::real[])
       AS t(d, g, o, x, y, r, a, s, h, b)
  ON CONFLICT (driver_id) DO UPDATE SET
    organisation_id = EXCLUDED.organisation_id, order_id = EXCLUDED.order_id,
    position = EXCLUDED.position, recorded_at = EXCLUDED.recorded_at,
    accuracy_m = EXCLUDED.accuracy_m, speed_mps = EXCLUDED.speed_mps,
    heading = EXCLUDED.heading, battery = EXCLUDED.battery, updated_at = now()
  WHERE driver_positions.recorded_at IS NULL OR driver_positions.recorded_at < EXCLUDED.recorded_at`

/**
 * Collects points from every connection and writes them in one statement
 * (WRITE_POINTS: the multi-row INSERT into gps_pings and the upsert of
 * driver_positions; one round trip, where BEGIN, two statements and COMMIT
 * took four), run by `GpsFlushRunner`. `write()` resolves only after COMMIT,
 * which is when a driver may be acknowledged. One per process: a container
 * singleton (providers/app_provider.ts).
 *
 * The batch adapts to the load (`SharedTurns`): with no write in flight,
 * what arrived in the same turn of the event loop is written at once (a
 * quiet server acks in one write's time); while a write is in flight, points
 * wait for it and then go together, so under load a batch holds what arrived
 * during one write and bigger batches cost less per point
 * (bench/tracking/writes.ts). `batchSize` points start a write at once, in
 * flight or not; `flushMs` is the longest a point waits behind a slow write;
 * writes start at least `spacingMs` apart, so the statements a second stay
 * bounded whatever the load (each is a round trip and a commit, which cost
 * more than the points they carry).
 */
export default class GpsWriteBuffer {
  #turns: SharedTurns<Waiter>

  constructor(
    private runner: GpsFlushRunner,
    options: { batchSize: number; flushMs: number; spacingMs?: number } = {
      batchSize: trackingConfig.ingest.batchSize,
      flushMs: trackingConfig.ingest.flushMs,
      spacingMs: trackingConfig.ingest.flushSpacingMs,
    },
    private partitions = new GpsPartitionService()
  ) {
    this.#turns = new SharedTurns((waiters) => this.#flush(waiters), {
      spacingMs: options.spacingMs ?? 0,
      waitBehindMs: options.flushMs,
      fullAt: options.batchSize,
    })
  }

  write(rows: PingRow[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.#turns.add({ rows, resolve, reject }, rows.length)
    })
  }

  /** Writes everything pending and waits for writes in flight (shutdown, tests). */
  drain() {
    return this.#turns.drain()
  }

  #flush(waiters: Waiter[]) {
    return this.#persist(waiters.flatMap((w) => w.rows)).then(
      () => waiters.forEach((w) => w.resolve()),
      () => this.#persistOneByOne(waiters)
    )
  }

  /**
   * A failed flush is retried batch by batch, so one poisoned batch (say,
   * a driver deleted meanwhile) fails alone instead of every connection's.
   */
  async #persistOneByOne(waiters: Waiter[]) {
    for (const waiter of waiters) {
      await this.#persist(waiter.rows).then(waiter.resolve, waiter.reject)
    }
  }

  async #persist(rows: PingRow[]) {
    // Same lock order in every transaction, so concurrent flushes (and nodes) never deadlock.
    const sorted = [...rows].sort((a, b) => a.driverId - b.driverId || a.recordedAt - b.recordedAt)
    const latest = new Map<number, PingRow>()
    for (const row of sorted) latest.set(row.driverId, row)
    const last = [...latest.values()]
    const stopTimer = trackingFlushSeconds.startTimer()
    trackingFlushPoints.observe(sorted.length)
    try {
      await this.#insert(sorted, last)
    } catch (error) {
      if (!isMissingPartition(error)) throw error
      // A day nobody made a partition for yet (GpsPartitionsJob late): make it, write again.
      const times = sorted.map((row) => row.recordedAt)
      await this.partitions.ensure(Math.min(...times), Math.max(...times))
      await this.#insert(sorted, last)
    }
    stopTimer()
  }

  async #insert(sorted: PingRow[], last: PingRow[]) {
    const bindings = [
      arrayLiteral(sorted.map((r) => r.driverId)),
      arrayLiteral(sorted.map((r) => r.orderId)),
      arrayLiteral(sorted.map((r) => new Date(r.recordedAt).toISOString())),
      arrayLiteral(sorted.map((r) => r.lng)),
      arrayLiteral(sorted.map((r) => r.lat)),
      arrayLiteral(sorted.map((r) => r.accuracy)),
      arrayLiteral(sorted.map((r) => r.speed)),
      arrayLiteral(sorted.map((r) => r.heading)),
      arrayLiteral(sorted.map((r) => r.altitude)),
      arrayLiteral(sorted.map((r) => r.battery)),
      arrayLiteral(sorted.map((r) => r.source)),
      arrayLiteral(last.map((r) => r.driverId)),
      arrayLiteral(last.map((r) => r.organisationId)),
      arrayLiteral(last.map((r) => r.orderId)),
      arrayLiteral(last.map((r) => r.lng)),
      arrayLiteral(last.map((r) => r.lat)),
      arrayLiteral(last.map((r) => new Date(r.recordedAt).toISOString())),
      arrayLiteral(last.map((r) => r.accuracy)),
      arrayLiteral(last.map((r) => r.speed)),
      arrayLiteral(last.map((r) => r.heading)),
      arrayLiteral(last.map((r) => r.battery)),
    ]
    await this.runner.run(WRITE_POINTS, bindings)
  }
}

/** PostgreSQL's refusal of a row whose recorded_at no partition of gps_pings holds. */
function isMissingPartition(error: unknown) {
  const { code, message } = error as { code?: string; message?: string }
  return code === '23514' && /no partition of relation/.test(message ?? '')
}
