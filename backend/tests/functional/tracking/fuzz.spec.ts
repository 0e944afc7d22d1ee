import { test } from '@japa/runner'
import type { Socket } from 'socket.io-client'
import { isolateDatabase } from '#tests/helpers'
import {
  connected,
  countPings,
  emitAck,
  socketFor,
  startRealtime,
  stopRealtime,
  tokenFor,
  trackingUser,
} from '#tests/tracking_fixtures'

/** Small seeded PRNG (mulberry32) so a failure can be replayed with the printed seed. */
function prng(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000)

function junkFactory(random: () => number) {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]
  const scalars = () =>
    pick<unknown>([
      null,
      true,
      false,
      0,
      -1,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      random() * 400 - 200,
      '',
      ' ',
      'NaN',
      'Infinity',
      '1e999',
      '12abc',
      '-0',
      '2026-13-45T99:99:99Z',
      '\u0000',
      "'; DROP TABLE gps_pings; --",
      'x'.repeat(5000),
      '../../etc/passwd',
      '{}',
      '[]',
    ])
  const value = (depth: number): unknown => {
    const r = random()
    if (depth > 3 || r < 0.6) return scalars()
    if (r < 0.8) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1))
    return Object.fromEntries(
      Array.from({ length: Math.floor(random() * 5) }, () => [
        pick([
          'lat',
          'lng',
          'lon',
          'seq',
          'recordedAt',
          'points',
          'id',
          'location',
          '__proto__',
          'constructor',
          'x',
        ]),
        value(depth + 1),
      ])
    )
  }
  // A point with at least one field broken, so no fuzz case is valid input by chance.
  const brokenPoint = () => {
    const good: Record<string, unknown> = {
      seq: 1,
      lat: -1.3,
      lng: 36.8,
      recordedAt: new Date().toISOString(),
    }
    const field = pick(['lat', 'lng', 'recordedAt'])
    let bad = scalars()
    while (typeof bad === 'number' && Math.abs(bad) <= 180) bad = 'bad'
    if (field === 'recordedAt' && typeof bad === 'number') bad = -5
    good[field] = bad
    return good
  }
  return { value, brokenPoint, pick, scalars }
}

test.group('tracking / fuzz: random payloads at every way in', (group) => {
  isolateDatabase(group)
  let url: string
  let socket: Socket | undefined
  group.setup(async () => {
    url = await startRealtime()
    return () => stopRealtime()
  })
  group.each.teardown(() => {
    socket?.disconnect()
  })

  test('HTTP batch and OsmAnd answer 4xx (never 5xx) and store nothing', async ({
    client,
    assert,
  }) => {
    const random = prng(SEED)
    const junk = junkFactory(random)
    const driver = await trackingUser('driver')
    await client
      .post('/api/v1/trackers')
      .json({ deviceId: `fuzz-device-${driver.id}` })
      .loginAs(driver)

    for (let i = 0; i < 120; i++) {
      const kind = i % 4
      let response
      if (kind === 0) {
        const body = random() < 0.5 ? { points: [junk.brokenPoint()] } : junk.value(0)
        response = await client
          .post('/api/v1/tracking/positions')
          .json(body as object)
          .loginAs(driver)
      } else if (kind === 1) {
        const params = new URLSearchParams()
        params.set('id', random() < 0.5 ? `fuzz-device-${driver.id}` : String(junk.scalars()))
        for (const key of ['lat', 'lon', 'timestamp', 'speed', 'location', 'valid', 'batt']) {
          if (random() < 0.6) params.set(key, String(junk.scalars()))
        }
        if (!['lat', 'lon', 'location'].some((k) => params.has(k)) || random() < 0.5)
          params.set('lat', 'north')
        response = await client.get(`/osmand?${params}`)
      } else if (kind === 2) {
        const form: Record<string, string> = {
          id: `fuzz-device-${driver.id}`,
          lat: String(junk.scalars()),
          lon: 'west',
        }
        response = await client.post('/osmand').form(form)
      } else {
        const body = { device_id: `fuzz-device-${driver.id}`, location: junk.value(1) }
        if (random() < 0.5)
          (body.location as any) = { coords: { latitude: junk.scalars(), longitude: 'x' } }
        response = await client.post('/osmand').json(body)
      }
      const status = response.status()
      assert.isBelow(
        status,
        500,
        `seed ${SEED} case ${i}: ${status} ${JSON.stringify(response.body())}`
      )
      // An OsmAnd report without a usable fix (no lat or lon, valid=false) is acknowledged as
      // Traccar does, storing nothing; anything else junk is refused.
      if (kind === 0 || status !== 200)
        assert.isAtLeast(status, 400, `seed ${SEED} case ${i} was accepted`)
    }
    assert.equal(await countPings(driver.id), 0, `seed ${SEED}`)
    // Still serving: a normal request right after the barrage works.
    const alive = await client.get('/api/v1/trackers').loginAs(driver)
    alive.assertStatus(200)
  })

  test('socket `positions` and `watch` answer errors and keep the connection', async ({
    assert,
  }) => {
    const random = prng(SEED + 1)
    const junk = junkFactory(random)
    const driver = await trackingUser('driver')
    socket = socketFor(url, await tokenFor(driver))
    await connected(socket)
    for (let i = 0; i < 120; i++) {
      const event = i % 3 === 2 ? 'watch' : 'positions'
      const payload =
        event === 'positions' && random() < 0.5
          ? [junk.brokenPoint(), junk.brokenPoint()]
          : junk.value(0)
      const ack = await emitAck(socket, event, payload)
      assert.isFalse(ack.ok, `seed ${SEED} case ${i}: ${JSON.stringify(payload)?.slice(0, 200)}`)
      assert.notEqual(ack.error.code, 'E_INTERNAL', `seed ${SEED} case ${i}`)
    }
    // Not even an ack callback, or a binary blob: ignored, connection kept.
    socket.emit('positions', [{ lat: 1 }])
    socket.emit('positions', Buffer.from('garbage'))
    socket.emit('no-such-event', 1)
    const ack = await emitAck(socket, 'positions', [])
    assert.equal(ack.error.code, 'E_VALIDATION')
    assert.isTrue(socket.connected)
    assert.equal(await countPings(driver.id), 0)
  })
})
