import { BaseSchema } from '@adonisjs/lucid/schema'
import trackingConfig from '#config/tracking'
import { createPartitionSql, DAY_MS, daysCovering } from '#tracking/gps_partitions'

const COLUMNS = `driver_id, order_id, recorded_at, received_at, position, accuracy_m, speed_mps,
                 heading, altitude_m, battery, source`

/**
 * gps_pings becomes one partition per UTC day of recorded_at (see
 * app/tracking/gps_partitions.ts). The primary key (driver_id,
 * recorded_at) contains the partition key, so a resent point lands in the
 * same day's partition as its first copy and ON CONFLICT still drops it:
 * the dedupe stays exact. Existing rows are carried over into partitions
 * for the days they hold; the days a point may still arrive for (the
 * accepted age, a few days ahead) get theirs too, and the hourly
 * GpsPartitionsJob keeps them coming.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('ALTER TABLE gps_pings RENAME TO gps_pings_unpartitioned')
    this.schema.raw('ALTER INDEX gps_pings_pkey RENAME TO gps_pings_unpartitioned_pkey')
    this.schema.raw('ALTER INDEX gps_pings_order_time RENAME TO gps_pings_unpartitioned_order_time')
    this.schema.raw(`
      CREATE TABLE gps_pings (
        driver_id integer NOT NULL,
        order_id integer,
        recorded_at timestamptz(3) NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        position geography(Point, 4326) NOT NULL,
        accuracy_m real,
        speed_mps real,
        heading real,
        altitude_m real,
        battery real,
        source varchar(10) NOT NULL,
        PRIMARY KEY (driver_id, recorded_at)
      ) PARTITION BY RANGE (recorded_at)`)
    this.schema.raw(
      'CREATE INDEX gps_pings_order_time ON gps_pings (order_id, recorded_at) WHERE order_id IS NOT NULL'
    )
    this.defer(async (trx) => {
      const held = await trx.rawQuery(
        `SELECT DISTINCT (extract(epoch FROM date_trunc('day', recorded_at, 'UTC')) * 1000)::bigint AS day
         FROM gps_pings_unpartitioned`
      )
      const now = Date.now()
      const days = new Set([
        ...held.rows.map((row: { day: string }) => Number(row.day)),
        ...daysCovering(
          now - trackingConfig.ingest.maxAgeMs,
          now + trackingConfig.storage.aheadDays * DAY_MS
        ),
      ])
      for (const day of days) await trx.rawQuery(createPartitionSql(day))
      await trx.rawQuery(
        `INSERT INTO gps_pings (${COLUMNS}) SELECT ${COLUMNS} FROM gps_pings_unpartitioned`
      )
      await trx.rawQuery('DROP TABLE gps_pings_unpartitioned')
    })
  }

  async down() {
    this.schema.raw('ALTER TABLE gps_pings RENAME TO gps_pings_partitioned')
    this.schema.raw('ALTER INDEX gps_pings_pkey RENAME TO gps_pings_partitioned_pkey')
    this.schema.raw('ALTER INDEX gps_pings_order_time RENAME TO gps_pings_partitioned_order_time')
    this.schema.raw(`CREATE TABLE gps_pings (LIKE gps_pings_partitioned INCLUDING DEFAULTS,
                                             PRIMARY KEY (driver_id, recorded_at))`)
    this.schema.raw(
      'CREATE INDEX gps_pings_order_time ON gps_pings (order_id, recorded_at) WHERE order_id IS NOT NULL'
    )
    this.schema.raw(
      `INSERT INTO gps_pings (${COLUMNS}) SELECT ${COLUMNS} FROM gps_pings_partitioned`
    )
    this.schema.raw('DROP TABLE gps_pings_partitioned')
  }
}
