import { test } from '@japa/runner'
import type { Socket } from 'socket.io-client'
import trackingConfig from '#config/tracking'
import { clearRateLimits, isolateDatabase } from '#tests/helpers'
import {
  connected,
  countPings,
  emitAck,
  PICKUP,
  point,
  socketFor,
  startRealtime,
  stopRealtime,
  tokenFor,
  trackingUser,
} from '#tests/tracking_fixtures'

/** `count` points, one a second, ending `endSecondsAgo` seconds ago. */
function batch(count: number, endSecondsAgo: number) {
  return Array.from({ length: count }, (_, i) =>
    point(i + 1, PICKUP, endSecondsAgo + count - i, i * 10)
  )
}

test.group('tracking / ingest limits per driver, tracker and address', (group) => {
  isolateDatabase(group)
  let url: string
  const sockets: Socket[] = []
  const limits = { ...trackingConfig.limits }
  group.setup(async () => {
    url = await startRealtime()
    return () => stopRealtime()
  })
  group.each.setup(async () => {
    await clearRateLimits()
    return async () => {
      Object.assign(trackingConfig.limits, limits)
      sockets.splice(0).forEach((s) => s.disconnect())
      await clearRateLimits()
    }
  })

  test('a driver over their points a minute gets 429 by every way in; nothing of it is stored', async ({
    client,
    assert,
  }) => {
    trackingConfig.limits.pointsPerMinute = 50
    const driver = await trackingUser('driver')
    const first = await client
      .post('/api/v1/tracking/positions')
      .json({ points: batch(40, 600) })
      .loginAs(driver)
    first.assertStatus(200)

    const flood = await client
      .post('/api/v1/tracking/positions')
      .json({ points: batch(40, 100) })
      .loginAs(driver)
    flood.assertStatus(429)
    assert.equal(flood.body().errors[0].code, 'E_RATE_LIMITED')
    assert.match(flood.body().errors[0].message, /send them again in \d+ s/)
    assert.isAbove(Number(flood.header('retry-after')), 0)

    const socket = socketFor(url, await tokenFor(driver))
    sockets.push(socket)
    await connected(socket)
    const ack = await emitAck(socket, 'positions', batch(5, 10))
    assert.isFalse(ack.ok)
    assert.equal(ack.error.code, 'E_RATE_LIMITED')
    assert.equal(await countPings(driver.id), 40)

    // Another driver is not slowed by this one.
    const other = await trackingUser('driver')
    const fine = await client
      .post('/api/v1/tracking/positions')
      .json({ points: batch(40, 100) })
      .loginAs(other)
    fine.assertStatus(200)

    // The window passes: the refused batch sent again is stored, once.
    await clearRateLimits()
    const again = await client
      .post('/api/v1/tracking/positions')
      .json({ points: batch(40, 100) })
      .loginAs(driver)
    again.assertStatus(200)
    assert.equal(await countPings(driver.id), 80)
  })

  test('a tracker id over its reports a minute gets 429', async ({ client, assert }) => {
    trackingConfig.limits.trackerReportsPerMinute = 3
    const driver = await trackingUser('driver')
    const deviceId = `limited-${driver.id}-tracker`
    await client.post('/api/v1/trackers').json({ deviceId }).loginAs(driver)
    const statuses = []
    for (let i = 0; i < 4; i++) {
      const response = await client.get(
        `/osmand?id=${deviceId}&lat=${PICKUP.lat}&lon=${PICKUP.lng}&timestamp=${Math.floor(Date.now() / 1000) - 60 + i}`
      )
      statuses.push(response.status())
    }
    assert.deepEqual(statuses, [200, 200, 200, 429])
    assert.equal(await countPings(driver.id), 3)
  })

  test('an address trying unknown device ids is stopped, even on a real one', async ({
    client,
    assert,
  }) => {
    trackingConfig.limits.unknownDevicesPer10Min = 3
    const driver = await trackingUser('driver')
    const deviceId = `guessed-${driver.id}-tracker`
    await client.post('/api/v1/trackers').json({ deviceId }).loginAs(driver)
    const statuses = []
    for (const guess of ['100000', '100001', '100002', '100003']) {
      const response = await client.get(`/osmand?id=${guess}&lat=1&lon=1`)
      statuses.push(response.status())
    }
    assert.deepEqual(statuses, [400, 400, 400, 429])
    const found = await client.get(`/osmand?id=${deviceId}&lat=${PICKUP.lat}&lon=${PICKUP.lng}`)
    found.assertStatus(429)
    assert.equal(found.body().errors[0].code, 'E_RATE_LIMITED')
    assert.equal(await countPings(driver.id), 0)
  })
})
