import { test } from '@japa/runner'
import type { AddressInfo } from 'node:net'
import app from '@adonisjs/core/services/app'
import { startOsmandPort } from '#tracking/osmand_port'
import db from '@adonisjs/lucid/services/db'
import { isolateDatabase } from '#tests/helpers'
import { countPings, trackingUser } from '#tests/tracking_fixtures'
import type User from '#accounts/models/user'

async function lastPing(driverId: number) {
  const result = await db.rawQuery(
    `SELECT ST_Y(position::geometry) AS lat, ST_X(position::geometry) AS lng, recorded_at,
            speed_mps, heading, altitude_m, accuracy_m, battery, source
     FROM gps_pings WHERE driver_id = ? ORDER BY recorded_at DESC LIMIT 1`,
    [driverId]
  )
  return result.rows[0]
}

test.group('tracking / trackers and the OsmAnd protocol', (group) => {
  isolateDatabase(group)
  let driver: User
  let deviceId: string

  group.each.setup(async () => {
    driver = await trackingUser('driver')
    deviceId = `phone-${driver.id}-abc`
  })

  async function register(client: any) {
    const response = await client
      .post('/api/v1/trackers')
      .json({ deviceId, name: 'Traccar Client' })
      .loginAs(driver)
    response.assertStatus(201)
    return response.body()
  }

  test('a driver creates, lists and revokes tracker ids', async ({ client, assert }) => {
    const generated = await client.post('/api/v1/trackers').json({}).loginAs(driver)
    generated.assertStatus(201)
    assert.match(generated.body().deviceId, /^[a-z2-9]{16}$/)
    const mine = await register(client)

    const list = await client.get('/api/v1/trackers').loginAs(driver)
    assert.deepEqual(
      list
        .body()
        .data.map((t: any) => t.deviceId)
        .sort(),
      [generated.body().deviceId, deviceId].sort()
    )
    const taken = await client
      .post('/api/v1/trackers')
      .json({ deviceId })
      .loginAs(await trackingUser('driver'))
    taken.assertStatus(409)
    taken.assertBodyContains({ errors: [{ code: 'E_TRACKER_TAKEN' }] })

    const someoneElse = await client
      .delete(`/api/v1/trackers/${mine.id}`)
      .loginAs(await trackingUser('driver'))
    someoneElse.assertStatus(404)
    const revoked = await client.delete(`/api/v1/trackers/${mine.id}`).loginAs(driver)
    revoked.assertStatus(204)
    const after = await client.get('/api/v1/trackers').loginAs(driver)
    assert.lengthOf(after.body().data, 1)

    const shipper = await client.get('/api/v1/trackers').loginAs(await trackingUser('shipper'))
    shipper.assertStatus(403)
  })

  test('GET with query parameters (OsmAnd app): seconds, knots, bearing, batt', async ({
    client,
    assert,
  }) => {
    await register(client)
    const seconds = Math.floor(Date.now() / 1000) - 60
    const response = await client.get(
      `/osmand?id=${deviceId}&lat=-1.2921&lon=36.8219&timestamp=${seconds}&speed=10&bearing=90&altitude=1650&accuracy=12&hdop=0.9&batt=77&charge=true`
    )
    response.assertStatus(200)
    const ping = await lastPing(driver.id)
    assert.closeTo(ping.lat, -1.2921, 1e-9)
    assert.closeTo(ping.lng, 36.8219, 1e-9)
    assert.equal(new Date(ping.recorded_at).getTime(), seconds * 1000)
    assert.closeTo(ping.speed_mps, 5.14444, 1e-3)
    assert.equal(ping.heading, 90)
    assert.equal(ping.altitude_m, 1650)
    assert.equal(ping.accuracy_m, 12)
    assert.equal(ping.battery, 77)
    assert.equal(ping.source, 'osmand')
  })

  test('POST form with deviceid, location=lat,lon and a millisecond timestamp', async ({
    client,
    assert,
  }) => {
    await register(client)
    const ms = Date.now() - 30_000
    const response = await client.post('/osmand').form({
      deviceid: deviceId,
      location: '-3.3869,36.6830',
      timestamp: String(ms),
      heading: '180',
    })
    assert.equal(response.status(), 200, JSON.stringify(response.body()))
    const ping = await lastPing(driver.id)
    assert.closeTo(ping.lat, -3.3869, 1e-9)
    assert.equal(new Date(ping.recorded_at).getTime(), ms)
    assert.equal(ping.heading, 180)
  })

  test('ISO 8601 timestamps, and "valid=false" or 0,0 fixes are acknowledged without storing', async ({
    client,
    assert,
  }) => {
    await register(client)
    const iso = new Date(Date.now() - 120_000).toISOString()
    const urls = [
      `/osmand?id=${deviceId}&lat=14.6928&lon=-17.4467&timestamp=${iso}`,
      `/osmand?id=${deviceId}&lat=14.7&lon=-17.4&valid=false`,
      `/osmand?id=${deviceId}&lat=0&lon=0`,
    ]
    for (const url of urls) {
      const response = await client.get(url)
      response.assertStatus(200)
    }
    const ping = await lastPing(driver.id)
    assert.equal(new Date(ping.recorded_at).toISOString(), iso)
    assert.equal(await countPings(driver.id), 1)
  })

  test('Traccar Client JSON body (device_id, location.coords, battery level 0..1, m/s)', async ({
    client,
    assert,
  }) => {
    await register(client)
    const timestamp = new Date(Date.now() - 10_000).toISOString()
    const response = await client.post('/osmand').json({
      location: {
        timestamp,
        coords: {
          latitude: -6.7924,
          longitude: 39.2083,
          accuracy: 5,
          speed: 12.5,
          heading: 45,
          altitude: 14,
        },
        is_moving: true,
        odometer: 1200,
        event: 'motionchange',
        battery: { level: 0.64, is_charging: false },
        activity: { type: 'in_vehicle' },
        extras: {},
      },
      device_id: deviceId,
    })
    response.assertStatus(200)
    const ping = await lastPing(driver.id)
    assert.closeTo(ping.lat, -6.7924, 1e-9)
    assert.closeTo(ping.speed_mps, 12.5, 1e-6)
    assert.closeTo(ping.battery, 64, 1e-4)
    assert.equal(new Date(ping.recorded_at).toISOString(), timestamp)
  })

  test('unknown or revoked ids: 400 to the query form and 404 to JSON, as Traccar answers', async ({
    client,
    assert,
  }) => {
    const unknown = await client.get('/osmand?id=nobody-knows-me&lat=1&lon=1')
    unknown.assertStatus(400)
    assert.equal(unknown.body().errors[0].code, 'E_UNKNOWN_DEVICE')
    const tracker = await register(client)
    await client.delete(`/api/v1/trackers/${tracker.id}`).loginAs(driver)
    const afterRevoke = await client.get(`/osmand?id=${deviceId}&lat=1&lon=1`)
    afterRevoke.assertStatus(400)
    const unknownJson = await client.post('/osmand').json({
      device_id: deviceId,
      location: { timestamp: new Date().toISOString(), coords: { latitude: 1, longitude: 1 } },
    })
    unknownJson.assertStatus(404)
    assert.equal(await countPings(driver.id), 0)
  })

  test("a suspended driver's tracker is refused from the next report, though their standing was cached; reinstated, it is taken again", async ({
    client,
    assert,
  }) => {
    await register(client)
    const admin = await trackingUser('admin')
    const report = (secondsAgo: number) =>
      `/osmand?id=${deviceId}&lat=-1.2921&lon=36.8219&timestamp=${Math.floor(Date.now() / 1000) - secondsAgo}`
    const before = await client.get(report(30))
    before.assertStatus(200)

    const suspended = await client
      .post(`/api/v1/admin/users/${driver.id}/suspend`)
      .json({ reason: 'Forged insurance' })
      .loginAs(admin)
    suspended.assertStatus(200)
    const refused = await client.get(report(20))
    refused.assertStatus(403)
    assert.equal(refused.body().errors[0].code, 'E_ACCOUNT_SUSPENDED')
    assert.equal(await countPings(driver.id), 1)

    const reinstated = await client
      .post(`/api/v1/admin/users/${driver.id}/reinstate`)
      .json({ reason: 'Papers checked' })
      .loginAs(admin)
    reinstated.assertStatus(200)
    const taken = await client.get(report(10))
    taken.assertStatus(200)
    assert.equal(await countPings(driver.id), 2)
  })

  test('a malformed report is refused with the ingest answer, storing nothing: {url}')
    .with([
      { url: '/osmand?lat=1&lon=1', status: 400, code: 'E_OSMAND_MALFORMED' },
      { url: '/osmand?id={id}&lat=abc&lon=1', status: 422, code: 'E_VALIDATION' },
      { url: '/osmand?id={id}&lat=91&lon=1', status: 422, code: 'E_VALIDATION' },
      { url: '/osmand?id={id}&location=1', status: 422, code: 'E_VALIDATION' },
      { url: '/osmand?id={id}&lat=1&lon=1&timestamp=tomorrow', status: 422, code: 'E_VALIDATION' },
      { url: '/osmand?id={id}&lat=1&lon=1&speed=fast', status: 422, code: 'E_VALIDATION' },
      {
        url: `/osmand?id={id}&lat=1&lon=1&timestamp=${Math.floor(Date.now() / 1000) + 86400}`,
        status: 422,
        code: 'E_FUTURE_TIMESTAMP',
      },
    ])
    .run(async ({ client, assert }, row) => {
      await register(client)
      const response = await client.get(row.url.replace('{id}', deviceId))
      assert.equal(response.status(), row.status, JSON.stringify(response.body()))
      assert.equal(response.body().errors[0].code, row.code)
      const noTime = await client
        .post('/osmand')
        .json({ device_id: deviceId, location: { coords: { latitude: 'x' } } })
      noTime.assertStatus(400)
      const badLatitude = await client.post('/osmand').json({
        device_id: deviceId,
        location: { timestamp: new Date().toISOString(), coords: { latitude: 'x', longitude: 1 } },
      })
      badLatitude.assertStatus(422)
      assert.equal(await countPings(driver.id), 0)
    })

  test('OSMAND_PORT: any path on the extra port is the OsmAnd endpoint', async ({
    client,
    assert,
  }) => {
    await register(client)
    const server = await app.container.make('server')
    const osmand = await startOsmandPort(0, '127.0.0.1', server.handle.bind(server))
    try {
      const { port } = osmand.address() as AddressInfo
      const ok = await fetch(`http://127.0.0.1:${port}/?id=${deviceId}&lat=-1.3&lon=36.8`)
      assert.equal(ok.status, 200)
      const unknown = await fetch(`http://127.0.0.1:${port}/anything?id=nope-nope-nope&lat=1&lon=1`)
      assert.equal(unknown.status, 400)
      assert.equal(await countPings(driver.id), 1)
    } finally {
      osmand.close()
    }
  })
})
