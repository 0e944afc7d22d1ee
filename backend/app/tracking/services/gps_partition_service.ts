import db from '@adonisjs/lucid/services/db'
import trackingConfig from '#config/tracking'
import {
  createPartitionSql,
  DAY_MS,
  daysCovering,
  LIST_PARTITIONS_SQL,
  partitionDay,
  partitionName,
} from '#tracking/gps_partitions'

/** What one maintenance run did, by partition name. */
export interface PartitionChanges {
  created: string[]
  dropped: string[]
}

/**
 * Keeps a partition of `gps_pings` for every day a point may be accepted
 * for (TRACKING_MAX_AGE_DAYS back, `aheadDays` ahead) and drops the days
 * past TRACKING_RETENTION_DAYS. Run hourly by GpsPartitionsJob; the write
 * buffer also calls `ensure` when a point finds no partition (the job has
 * not run yet on a fresh day), so no accepted point is ever refused.
 */
export default class GpsPartitionService {
  constructor(private storage = trackingConfig.storage) {}

  async maintain(now = Date.now()): Promise<PartitionChanges> {
    const created = await this.ensure(
      now - trackingConfig.ingest.maxAgeMs,
      now + this.storage.aheadDays * DAY_MS
    )
    const dropped = await this.dropExpired(now)
    return { created, dropped }
  }

  /** Creates the missing partitions for the days from `from` to `to`; returns their names. */
  async ensure(from: number, to: number) {
    // One creator at a time across nodes: CREATE ... IF NOT EXISTS still races on the catalogue.
    return db.transaction(async (trx) => {
      await trx.rawQuery("SELECT pg_advisory_xact_lock(hashtext('gps_pings partitions'))")
      const existing = new Set(await this.#names(trx))
      const missing = daysCovering(from, to).filter((day) => !existing.has(partitionName(day)))
      for (const day of missing) await trx.rawQuery(createPartitionSql(day))
      return missing.map(partitionName)
    })
  }

  /**
   * Drops whole days older than the retention; never a day a point may
   * still be accepted for, whatever the two settings say.
   */
  async dropExpired(now = Date.now()) {
    const keepDays = Math.max(this.storage.retentionDays, trackingConfig.ingest.maxAgeMs / DAY_MS)
    const cutoff = now - keepDays * DAY_MS
    const names = await this.#names(db)
    const expired = names.filter((name) => {
      const day = partitionDay(name)
      return day !== null && day + DAY_MS <= cutoff
    })
    for (const name of expired) await db.rawQuery(`DROP TABLE IF EXISTS ${name}`)
    return expired
  }

  async #names(client: Pick<typeof db, 'rawQuery'>) {
    const result = await client.rawQuery(LIST_PARTITIONS_SQL)
    return (result.rows as { name: string }[]).map((row) => row.name)
  }
}
