import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import GpsWriteBuffer, { type PingRow } from '#tracking/services/gps_write_buffer'
import { countPings, PICKUP, trackingUser } from '#tests/tracking_fixtures'

function row(driverId: number, secondsAgo: number): PingRow {
  return {
    driverId,
    organisationId: null,
    orderId: null,
    recordedAt: Date.now() - secondsAgo * 1000,
    lat: PICKUP.lat,
    lng: PICKUP.lng,
    accuracy: 5,
    speed: null,
    heading: null,
    altitude: null,
    battery: null,
    source: 'socket',
  }
}

test.group('tracking / write buffer', (group) => {
  isolateDatabase(group)

  test('batches from many connections share one write, and resolve only once committed', async ({
    assert,
  }) => {
    const buffer = new GpsWriteBuffer({ batchSize: 1000, flushMs: 50 })
    const a = await trackingUser('driver')
    const b = await trackingUser('driver')
    const writes = [buffer.write([row(a.id, 3), row(a.id, 2)]), buffer.write([row(b.id, 1)])]
    assert.equal(await countPings(a.id), 0, 'nothing is written before the flush')
    await Promise.all(writes)
    assert.equal(await countPings(a.id), 2)
    assert.equal(await countPings(b.id), 1)
  })

  test('a poisoned batch fails alone; the others in the same flush are stored', async ({
    assert,
  }) => {
    const buffer = new GpsWriteBuffer({ batchSize: 1000, flushMs: 20 })
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

  test('a full buffer flushes at once without waiting for the timer', async ({ assert }) => {
    const buffer = new GpsWriteBuffer({ batchSize: 3, flushMs: 60_000 })
    const driver = await trackingUser('driver')
    await buffer.write([row(driver.id, 3), row(driver.id, 2), row(driver.id, 1)])
    assert.equal(await countPings(driver.id), 3)
  })
})
