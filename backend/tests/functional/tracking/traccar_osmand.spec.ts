import { test } from '@japa/runner'
import { request as httpRequest } from 'node:http'
import db from '@adonisjs/lucid/services/db'
import { isolateDatabase } from '#tests/helpers'
import { countPings, trackingUser } from '#tests/tracking_fixtures'

/**
 * The requests of Traccar's own OsmAnd decoder tests (OsmAndProtocolDecoderTest),
 * with their timestamps moved to the last minutes (we refuse points older than a
 * week) in the same format each used: seconds, milliseconds, ISO 8601 and
 * "yyyy-MM-dd HH:mm:ss". Device ids are the tests' own: six digits (Traccar
 * Client's default), IMEIs, eight digits.
 */
const now = () => Date.now() - 30_000
const seconds = () => Math.floor(now() / 1000)
const isoSeconds = () => new Date(seconds() * 1000).toISOString().replace('.000Z', 'Z')
const spaced = () => isoSeconds().replace('T', ' ').replace('Z', '')

interface Vector {
  name: string
  deviceId: string
  /** GET path (query form) or a POST body. */
  query?: () => string
  json?: () => object
  raw?: () => string
  /** What is stored; null when the report has no fix (acknowledged, nothing stored). */
  stored: { lat: number; lng: number; speedMps?: number; battery?: number } | null
}

const VECTORS: Vector[] = [
  {
    name: 'cell towers and Wi-Fi only: the last known position is kept',
    deviceId: '123456',
    query: () =>
      `id=123456&timestamp=${seconds()}&cell=257,02,16,2224&cell=257,02,16,2223,-90&wifi=00-14-22-01-23-45,-80&wifi=00-1C-B3-09-85-15,-70`,
    stored: null,
  },
  {
    name: 'ISO 8601 time with an escaped colon, hdop, altitude',
    deviceId: '902064',
    query: () =>
      `id=902064&lat=42.06288&lon=-88.23412&timestamp=${encodeURIComponent(isoSeconds())}&hdop=6.0&altitude=224.0&speed=0.0`,
    stored: { lat: 42.06288, lng: -88.23412, speedMps: 0 },
  },
  {
    name: 'millisecond time',
    deviceId: '902064',
    query: () =>
      `id=902064&lat=42.06288&lon=-88.23412&timestamp=${now()}&hdop=6.0&altitude=224.0&speed=0.0`,
    stored: { lat: 42.06288, lng: -88.23412 },
  },
  {
    name: '"yyyy-MM-dd HH:mm:ss" time and the id last',
    deviceId: '353861053849681',
    query: () =>
      `lat=49.60688&lon=6.15788&timestamp=${encodeURIComponent(spaced()).replace('%20', '+')}&altitude=384.7&speed=0.0&id=353861053849681`,
    stored: { lat: 49.60688, lng: 6.15788 },
  },
  {
    name: 'seconds, speed, bearing, altitude and hdop',
    deviceId: '123456',
    query: () =>
      `id=123456&timestamp=${seconds()}&lat=60.0&lon=30.0&speed=0.0&bearing=0.0&altitude=0&hdop=0.0`,
    stored: { lat: 60, lng: 30 },
  },
  {
    name: 'deviceid, heading, vacc and hacc, no time (now)',
    deviceId: '123456',
    query: () => 'lat=60.0&lon=30.0&speed=0.0&heading=0.0&vacc=0&hacc=0&altitude=0&deviceid=123456',
    stored: { lat: 60, lng: 30 },
  },
  {
    name: 'an IMEI, battery, no time',
    deviceId: '861001000719969',
    query: () =>
      'id=861001000719969&lat=41.666667&lon=-0.883333&altitude=350.059479&speed=0.000000&batt=87',
    stored: { lat: 41.666667, lng: -0.883333, battery: 87 },
  },
  {
    name: 'location=lat,lon (the comma is no list)',
    deviceId: '123456',
    query: () => `id=123456&timestamp=${seconds()}&location=60.0,30.0`,
    stored: { lat: 60, lng: 30 },
  },
  {
    name: 'speed in knots and attributes we do not store',
    deviceId: '123456789012345',
    query: () =>
      `id=123456789012345&timestamp=${seconds()}&lat=40.7232948571&lon=-74.0061408571&bearing=7.19889788244&speed=40&ignition=true&rpm=933&fuel=24`,
    stored: { lat: 40.7232948571, lng: -74.0061408571, speedMps: 40 * 0.514444 },
  },
  {
    name: 'a raw POST body without a content type',
    deviceId: '123456',
    raw: () => `id=123456&timestamp=${seconds()}&lat=60.0&lon=30.0&speed=10`,
    stored: { lat: 60, lng: 30, speedMps: 10 * 0.514444 },
  },
  {
    name: 'Traccar Client JSON: battery level 1, unknown heading',
    deviceId: '48241179',
    json: () => ({
      location: {
        timestamp: new Date(now()).toISOString(),
        coords: {
          latitude: 37.4219983,
          longitude: -122.084,
          accuracy: 5,
          speed: 0,
          heading: -1,
          altitude: 5,
        },
        is_moving: false,
        odometer: 0,
        event: 'motionchange',
        battery: { level: 1, is_charging: false },
        activity: { type: 'still' },
        extras: {},
        _: '&id=48241179&lat=37.4219983&lon=-122.084&timestamp=2025-06-15T13:45:12.862Z&',
      },
      device_id: '48241179',
    }),
    stored: { lat: 37.4219983, lng: -122.084, battery: 100 },
  },
  {
    name: 'Traccar Client JSON from iOS: unknown speed and battery, floor null, mock',
    deviceId: '658765',
    json: () => ({
      location: {
        extras: {},
        mock: true,
        coords: {
          speed_accuracy: -1,
          speed: -1,
          longitude: -122.406417,
          ellipsoidal_altitude: 0,
          floor: null,
          heading_accuracy: -1,
          latitude: 37.785834000000001,
          accuracy: 5,
          altitude_accuracy: -1,
          altitude: 0,
          heading: -1,
        },
        is_moving: false,
        age: 188,
        odometer: 0,
        uuid: '2FB04C65-99CF-42AB-8DD3-EBCB4B108BF8',
        event: 'motionchange',
        battery: { level: -1, is_charging: false },
        activity: { type: 'unknown', confidence: 100 },
        timestamp: new Date(now()).toISOString(),
      },
      device_id: '658765',
    }),
    stored: { lat: 37.785834, lng: -122.406417 },
  },
  {
    name: 'Traccar Client JSON moving: speed in m/s',
    deviceId: '8737767034',
    json: () => ({
      location: {
        event: 'motionchange',
        is_moving: false,
        uuid: '0e9a2473-a9a7-4c00-997b-fb97d2154e75',
        timestamp: new Date(now()).toISOString(),
        odometer: 0,
        coords: {
          latitude: -6.1148096,
          longitude: 106.6837015,
          accuracy: 3.8,
          speed: 18.67,
          speed_accuracy: 0.26,
          heading: 63,
          heading_accuracy: 0.28,
          altitude: 35.7,
          altitude_accuracy: 3.8,
        },
        activity: { type: 'still', confidence: 100 },
        battery: { is_charging: false, level: 0.79 },
        extras: {},
      },
      device_id: '8737767034',
    }),
    stored: { lat: -6.1148096, lng: 106.6837015, speedMps: 18.67, battery: 79 },
  },
  {
    name: 'Traccar Client JSON without coords: the last known position is kept',
    deviceId: '8737767034',
    json: () => ({
      location: { timestamp: new Date(now()).toISOString(), event: 'heartbeat' },
      device_id: '8737767034',
    }),
    stored: null,
  },
]

/** POST with a body and no Content-Type at all (some trackers send the report so). */
function postRaw(body: string) {
  return new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      {
        host: process.env.HOST,
        port: Number(process.env.PORT),
        path: '/osmand',
        method: 'POST',
        headers: { 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

test.group('tracking / real tracker apps, as Traccar accepts them', (group) => {
  isolateDatabase(group)

  test('{name}')
    .with(VECTORS)
    .run(async ({ client, assert }, vector) => {
      const driver = await trackingUser('driver')
      const registered = await client
        .post('/api/v1/trackers')
        .json({ deviceId: vector.deviceId, name: 'Traccar Client' })
        .loginAs(driver)
      registered.assertStatus(201)

      const status = vector.raw
        ? await postRaw(vector.raw())
        : (vector.query
            ? await client.get(`/osmand?${vector.query()}`)
            : await client.post('/osmand').json(vector.json!())
          ).status()
      assert.equal(status, 200)

      if (!vector.stored) {
        assert.equal(await countPings(driver.id), 0)
        return
      }
      const result = await db.rawQuery(
        `SELECT ST_Y(position::geometry) AS lat, ST_X(position::geometry) AS lng, speed_mps, battery
         FROM gps_pings WHERE driver_id = ?`,
        [driver.id]
      )
      assert.lengthOf(result.rows, 1)
      const [ping] = result.rows
      assert.closeTo(ping.lat, vector.stored.lat, 1e-6)
      assert.closeTo(ping.lng, vector.stored.lng, 1e-6)
      if (vector.stored.speedMps !== undefined)
        assert.closeTo(ping.speed_mps, vector.stored.speedMps, 1e-3)
      if (vector.stored.battery !== undefined)
        assert.closeTo(ping.battery, vector.stored.battery, 1e-3)
    })

  test('a report without a device id is refused (400), one from an unknown device too', async ({
    client,
  }) => {
    const noId = await client.get(`/osmand?timestamp=${seconds()}&lat=60.0&lon=30.0`)
    noId.assertStatus(400)
    const unknownJson = await client.post('/osmand').json({
      device_id: '999999999',
      location: { timestamp: new Date().toISOString(), coords: { latitude: 1, longitude: 1 } },
    })
    unknownJson.assertStatus(404)
  })

  test('tracker ids: generated ones are long and random, chosen ones as short as six digits', async ({
    client,
    assert,
  }) => {
    const driver = await trackingUser('driver')
    const generated = await client.post('/api/v1/trackers').json({}).loginAs(driver)
    generated.assertStatus(201)
    assert.match(generated.body().deviceId, /^[a-z2-9]{16}$/)
    const traccarDefault = await client
      .post('/api/v1/trackers')
      .json({ deviceId: '482911' })
      .loginAs(driver)
    traccarDefault.assertStatus(201)
    const tooShort = await client.post('/api/v1/trackers').json({ deviceId: '12' }).loginAs(driver)
    tooShort.assertStatus(422)
  })
})
