import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import type { JobWithMetadata } from 'pg-boss'
import { isolateDatabase, waitFor } from '#tests/helpers'
import queueConfig from '#config/queue'
import QueueService from '#core/services/queue_service'
import GpsPartitionsJob from '#tracking/jobs/gps_partitions_job'
import GpsPartitionService from '#tracking/services/gps_partition_service'
import OrderTrackService from '#tracking/services/order_track_service'
import { DAY_MS, dayStart, LIST_PARTITIONS_SQL, partitionName } from '#tracking/gps_partitions'
import PartitionMigration from '#database/migrations/17954040000100_partition_gps_pings_by_day'
import {
  assignedOrder,
  pingRow as row,
  trackingOrg,
  trackingUser,
  writeBuffer,
} from '#tests/tracking_fixtures'

async function partitions() {
  const result = await db.rawQuery(LIST_PARTITIONS_SQL)
  return (result.rows as { name: string }[]).map((r) => r.name).sort()
}

async function pingsOf(driverId: number) {
  const result = await db.rawQuery(
    'SELECT recorded_at, tableoid::regclass::text AS part FROM gps_pings WHERE driver_id = ? ORDER BY recorded_at',
    [driverId]
  )
  return result.rows.map((r: { recorded_at: Date; part: string }) => ({
    at: new Date(r.recorded_at).getTime(),
    part: r.part,
  }))
}

/** The partitions of gps_pings a query's plan reads (after pruning). */
async function partitionsRead(sql: string, bindings: unknown[]) {
  // The driver's form ($1, $2...) back to the one rawQuery takes (?), in the same order.
  const result = await db.rawQuery(
    `EXPLAIN (FORMAT JSON) ${sql.replace(/\$\d+/g, '?')}`,
    bindings as any[]
  )
  const names = new Set<string>()
  const walk = (node: any) => {
    if (node['Relation Name']?.startsWith('gps_pings_')) names.add(node['Relation Name'])
    for (const child of node.Plans ?? []) walk(child)
  }
  walk(result.rows[0]['QUERY PLAN'][0].Plan)
  return [...names].sort()
}

/** Runs `work` and returns the SQL of every query it sent that reads gps_pings. */
async function pingQueriesOf(work: () => Promise<unknown>) {
  const knex = db.connection().getWriteClient()
  const seen: { sql: string; bindings: unknown[] }[] = []
  const listener = (query: { sql: string; bindings?: unknown[] }) => {
    if (/FROM gps_pings/.test(query.sql))
      seen.push({ sql: query.sql, bindings: query.bindings ?? [] })
  }
  knex.on('query', listener)
  try {
    await work()
  } finally {
    knex.off('query', listener)
  }
  return seen
}

test.group('tracking / gps_pings partitioned by day', (group) => {
  isolateDatabase(group)

  test('a point for a day nobody made a partition for is stored, and its resend dropped', async ({
    assert,
  }) => {
    const driver = await trackingUser('driver')
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 10 })
    // Beyond the days the migration and the hourly job make: the job has not run for a week.
    const later = dayStart(Date.now()) + 10 * DAY_MS + 3_600_000
    assert.notInclude(await partitions(), partitionName(dayStart(later)))

    await buffer.write([row(driver.id, later), row(driver.id, Date.now() - 1000)])
    await buffer.write([row(driver.id, later)])

    const stored = await pingsOf(driver.id)
    assert.lengthOf(stored, 2, 'the resent point is stored once')
    assert.equal(stored[1].part, partitionName(dayStart(later)))
  })

  test('the hourly job makes the days ahead and drops whole days past retention', async ({
    assert,
  }) => {
    const driver = await trackingUser('driver')
    const service = new GpsPartitionService({ retentionDays: 30, aheadDays: 3 })
    const now = Date.now()
    const old = now - 40 * DAY_MS
    const kept = now - 20 * DAY_MS
    await service.ensure(old, old)
    await service.ensure(kept, kept)
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 10 })
    await buffer.write([row(driver.id, old), row(driver.id, kept), row(driver.id, now)])

    const inFiveDays = now + 5 * DAY_MS
    const changes = await service.maintain(inFiveDays)
    const left = await pingsOf(driver.id)

    assert.include(changes.created, partitionName(dayStart(inFiveDays + 3 * DAY_MS)))
    assert.deepEqual(changes.dropped, [partitionName(dayStart(old))])
    assert.deepEqual(
      left.map((p: { at: number }) => p.at),
      [kept, now],
      'the 40-day-old point went with its day; the others stay'
    )
    assert.deepEqual(await service.maintain(inFiveDays), { created: [], dropped: [] })
  })

  test('a retention shorter than the accepted age never drops a day a point may arrive for', async ({
    assert,
  }) => {
    const service = new GpsPartitionService({ retentionDays: 1, aheadDays: 3 })
    await service.maintain()
    const names = await partitions()
    for (let days = 0; days <= 6; days++) {
      assert.include(names, partitionName(dayStart(Date.now() - days * DAY_MS)))
    }
  })

  test("an order's track and a driver's recent speed read only the days they need", async ({
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const shipper = await trackingUser('shipper')
    const order = await assignedOrder(shipper, driver, carrier, 'in_transit')
    // An order driven four days ago, delivered the same day.
    const created = dayStart(Date.now()) - 4 * DAY_MS + 6 * 3_600_000
    order.merge({
      status: 'completed',
      createdAt: DateTime.fromMillis(created),
      assignedAt: DateTime.fromMillis(created + 60_000),
      deliveredAt: DateTime.fromMillis(created + 5 * 3_600_000),
    })
    await order.save()
    const points = [1, 2, 3].map((h) => row(driver.id, created + h * 3_600_000, order.id))
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 10 })
    await buffer.write(points)
    const all = await partitions()
    assert.isAbove(all.length, 8)

    const tracks = await app.container.make(OrderTrackService)
    let track: Awaited<ReturnType<OrderTrackService['show']>> | undefined
    const trackQueries = await pingQueriesOf(async () => (track = await tracks.show(order, {})))
    assert.equal(track!.actual.properties.points, 3)
    assert.equal(track!.lastPosition?.recordedAt, new Date(points[2].recordedAt).toISOString())

    const speedQueries = await pingQueriesOf(() =>
      tracks.recentSpeed(driver.id, new Date(points[2].recordedAt).toISOString())
    )
    assert.lengthOf(trackQueries, 2)
    assert.lengthOf(speedQueries, 1)
    for (const query of [...trackQueries, ...speedQueries]) {
      assert.deepEqual(
        await partitionsRead(query.sql, query.bindings),
        [partitionName(dayStart(created))],
        query.sql
      )
    }
  })

  test('the migration carries existing points over into day partitions, old days included', async ({
    assert,
  }) => {
    const driver = await trackingUser('driver')
    const recent = Date.now() - 60_000
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 10 })
    await buffer.write([row(driver.id, recent)])
    const migration = new PartitionMigration(await db.transaction(), 'partition gps_pings', false)
    const trx = (migration as any).db
    try {
      // Back to one table, holding a point older than any partition made today.
      await migration.down()
      await (migration as any).executeQueries()
      const old = Date.UTC(2025, 0, 15, 10)
      await trx.rawQuery(
        `INSERT INTO gps_pings (driver_id, recorded_at, position, source)
         VALUES (?, ?, ST_MakePoint(36.8, -1.3)::geography, 'http')`,
        [driver.id, new Date(old).toISOString()]
      )

      const forward = new PartitionMigration(trx, 'partition gps_pings', false)
      await forward.up()
      await (forward as any).executeQueries()

      const stored = await trx.rawQuery(
        `SELECT recorded_at, tableoid::regclass::text AS part FROM gps_pings
         WHERE driver_id = ? ORDER BY recorded_at`,
        [driver.id]
      )
      assert.deepEqual(
        stored.rows.map((r: { recorded_at: Date; part: string }) => [
          new Date(r.recorded_at).getTime(),
          r.part,
        ]),
        [
          [old, 'gps_pings_20250115'],
          [recent, partitionName(dayStart(recent))],
        ]
      )
      const resent = await trx.rawQuery(
        `INSERT INTO gps_pings (driver_id, recorded_at, position, source)
         VALUES (?, ?, ST_MakePoint(36.8, -1.3)::geography, 'http')
         ON CONFLICT (driver_id, recorded_at) DO NOTHING`,
        [driver.id, new Date(old).toISOString()]
      )
      assert.equal(resent.rowCount, 0, 'a carried-over point still refuses its resend')
    } finally {
      await trx.rollback()
    }
  })
})

// A real pg-boss worker claims jobs on its own connections: no test transaction here.
test.group('tracking / gps_pings partitions on the job queue', (group) => {
  const queue = new QueueService({ ...queueConfig, pollingIntervalSeconds: 0.5 })
  group.each.teardown(() => queue.stop())

  test('the worker keeps partitions made hourly, and a run the cron sends completes', async ({
    assert,
  }) => {
    await queue.work()
    const boss = await queue.connect()
    const schedule = await boss.getSchedule(GpsPartitionsJob.queue)
    assert.equal(schedule?.cron, '17 * * * *')
    const id = await boss.send(GpsPartitionsJob.queue, schedule!.data ?? null, schedule!.options)
    let job: JobWithMetadata | undefined
    await waitFor(async () => {
      ;[job] = (await boss.findJobs(GpsPartitionsJob.queue, { id: id! })) as JobWithMetadata[]
      return job?.state === 'completed' || job?.state === 'failed'
    }, 'the partitions job')
    assert.equal(job!.state, 'completed', JSON.stringify(job!.output))
    assert.include(await partitions(), partitionName(dayStart(Date.now() + 3 * DAY_MS)))
  })
})
