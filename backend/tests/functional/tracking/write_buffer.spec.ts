import { test } from '@japa/runner'
import { isolateDatabase, timedOut, withClockSetBack } from '#tests/helpers'
import { countPings, pingRow, trackingUser, writeBuffer } from '#tests/tracking_fixtures'
import { trackingFlushPoints } from '#tracking/tracking_metrics'

/** Writes so far and the points they held, from the buffer's histogram on /metrics. */
async function flushes() {
  const { values } = await trackingFlushPoints.get()
  const value = (name: string) => values.find((v) => v.metricName === name)?.value ?? 0
  return {
    writes: value('tracking_flush_points_count'),
    points: value('tracking_flush_points_sum'),
  }
}

function row(driverId: number, secondsAgo: number) {
  return pingRow(driverId, Date.now() - secondsAgo * 1000)
}

test.group('tracking / write buffer', (group) => {
  isolateDatabase(group)

  test('batches from many connections share one write, and resolve only once committed', async ({
    assert,
  }) => {
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 50 })
    const a = await trackingUser('driver')
    const b = await trackingUser('driver')
    const before = await flushes()
    await Promise.all([buffer.write([row(a.id, 3), row(a.id, 2)]), buffer.write([row(b.id, 1)])])
    assert.equal(await countPings(a.id), 2, 'resolved: committed')
    assert.equal(await countPings(b.id), 1)
    const after = await flushes()
    assert.deepEqual([after.writes - before.writes, after.points - before.points], [1, 3])
  })

  test('on a quiet server a point is written at once, not after the flush interval', async ({
    assert,
  }) => {
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 60_000 })
    const driver = await trackingUser('driver')
    const started = Date.now()
    await buffer.write([row(driver.id, 1)])
    assert.isBelow(Date.now() - started, 5_000)
    assert.equal(await countPings(driver.id), 1)
  })

  test('points arriving during a write wait for it and go together in the next', async ({
    assert,
  }) => {
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 60_000 })
    const driver = await trackingUser('driver')
    const before = await flushes()
    const first = buffer.write([row(driver.id, 10)])
    await new Promise((resolve) => setImmediate(resolve)) // the first write is in flight now
    const later = [1, 2, 3].map((s) => buffer.write([row(driver.id, s)]))
    await Promise.all([first, ...later])
    const after = await flushes()
    assert.deepEqual([after.writes - before.writes, after.points - before.points], [2, 4])
    assert.equal(await countPings(driver.id), 4)
  })

  test('a poisoned batch fails alone; the others in the same flush are stored', async ({
    assert,
  }) => {
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 20 })
    const driver = await trackingUser('driver')
    const good = buffer.write([row(driver.id, 5)])
    // No such user: the driver_positions foreign key refuses it.
    const poisoned = buffer.write([row(2_000_000_000, 5)])
    const [goodResult, poisonedResult] = await Promise.allSettled([good, poisoned])
    assert.equal(goodResult.status, 'fulfilled')
    assert.equal(poisonedResult.status, 'rejected')
    assert.equal(await countPings(driver.id), 1)
    assert.equal(await countPings(2_000_000_000), 0)
  })

  test('writes start at least the spacing apart: batches of the interval share one write, a quiet server still writes at once', async ({
    assert,
  }) => {
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 60_000, spacingMs: 300 })
    const driver = await trackingUser('driver')
    const before = await flushes()
    const started = Date.now()
    await buffer.write([row(driver.id, 10)]) // quiet: written at once
    assert.isBelow(Date.now() - started, 300)
    // Three connections' batches in three turns right after it: one write, once the spacing is over.
    const later: Promise<void>[] = []
    for (const secondsAgo of [3, 2, 1]) {
      later.push(buffer.write([row(driver.id, secondsAgo)]))
      await new Promise((resolve) => setImmediate(resolve))
    }
    await Promise.all(later)
    assert.isAtLeast(Date.now() - started, 290)
    const after = await flushes()
    assert.deepEqual([after.writes - before.writes, after.points - before.points], [2, 4])
    assert.equal(await countPings(driver.id), 4)
  })

  test('a wall clock set back (an NTP step) does not hold the writes: the spacing is on a monotonic clock', async ({
    assert,
  }) => {
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 60_000, spacingMs: 20 })
    const driver = await trackingUser('driver')
    await buffer.write([row(driver.id, 10)])
    const written = await withClockSetBack(60_000, () =>
      Promise.race([buffer.write([row(driver.id, 5)]).then(() => 'written'), timedOut(2_000)])
    )
    assert.equal(written, 'written')
    assert.equal(await countPings(driver.id), 2)
  })

  test('a full buffer flushes at once without waiting for the timer', async ({ assert }) => {
    const buffer = await writeBuffer({ batchSize: 3, flushMs: 60_000 })
    const driver = await trackingUser('driver')
    await buffer.write([row(driver.id, 3), row(driver.id, 2), row(driver.id, 1)])
    assert.equal(await countPings(driver.id), 3)
  })
})
