import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolateDatabase } from '#tests/helpers'
import trackingConfig from '#config/tracking'
import {
  assignedOrder,
  DROPOFF,
  PICKUP,
  point,
  trackingOrg,
  trackingUser,
  geofencesSettled,
  forgetDriverContexts,
} from '#tests/tracking_fixtures'
import type User from '#accounts/models/user'

async function send(client: any, driver: User, points: object[]) {
  const response = await client.post('/api/v1/tracking/positions').json({ points }).loginAs(driver)
  response.assertStatus(200)
  await geofencesSettled()
}

async function eventTypes(orderId: number) {
  const rows = await db.from('order_events').where('order_id', orderId).orderBy('id').select('type')
  return rows.map((r: { type: string }) => r.type)
}

test.group('tracking / geofences, exceptions and the order track', (group) => {
  isolateDatabase(group)
  group.each.setup(() => forgetDriverContexts())
  // Check every batch: these tests send points faster than a truck would.
  group.setup(() => {
    const interval = trackingConfig.exceptions.checkIntervalMs
    trackingConfig.exceptions.checkIntervalMs = 0
    return () => {
      trackingConfig.exceptions.checkIntervalMs = interval
    }
  })

  test('arriving at and leaving the pickup become order events, once each', async ({
    client,
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const order = await assignedOrder(await trackingUser('shipper'), driver, carrier)

    await send(client, driver, [point(1, PICKUP, 60, -2000)])
    await send(client, driver, [point(2, PICKUP, 50, -100)])
    await send(client, driver, [point(3, PICKUP, 40, -50)]) // still inside: no second event
    await send(client, driver, [point(4, PICKUP, 30, -250)]) // between radius and 1.5x: no event
    await send(client, driver, [point(5, PICKUP, 20, -500)])
    assert.deepEqual(await eventTypes(order.id), ['arrived_pickup', 'left_pickup'])

    const arrived = await db
      .from('order_events')
      .where('order_id', order.id)
      .where('type', 'arrived_pickup')
      .first()
    assert.equal(arrived.data.driverId, driver.id)
    assert.approximately(arrived.data.distanceM, 100, 2)
  })

  test('a long stop and leaving the corridor become exceptions for the carrier dispatcher', async ({
    client,
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const order = await assignedOrder(await trackingUser('shipper'), driver, carrier, 'in_transit')
    const midway = { lat: (PICKUP.lat + DROPOFF.lat) / 2, lng: (PICKUP.lng + DROPOFF.lng) / 2 }

    await send(client, driver, [point(1, midway, 40 * 60)])
    await send(client, driver, [point(2, midway, 30 * 60, 20)])
    await send(client, driver, [point(3, midway, 15 * 60, 10)]) // 25 min at the same spot
    await send(client, driver, [point(4, midway, 10 * 60, 30)]) // reported once
    const offRoute = { lat: midway.lat, lng: midway.lng + 0.1 } // ~11 km east of the line
    await send(client, driver, [point(5, offRoute, 5 * 60)])

    const dispatcher = await trackingUser('dispatcher', carrier)
    const response = await client.get('/api/v1/dispatch/exceptions').loginAs(dispatcher)
    response.assertStatus(200)
    const kinds = response.body().data.map((e: any) => e.kind)
    assert.deepEqual(kinds, ['off_route', 'long_stop'])
    const [off, stop] = response.body().data
    assert.equal(off.orderId, order.id)
    assert.equal(off.driverName, driver.name) // a dispatcher reads names, not ids
    assert.isAbove(off.details.distanceM, 3000)
    assert.isAtLeast(stop.details.stoppedMinutes, 25)
    assert.closeTo(off.lng, offRoute.lng, 1e-6)

    // Back on the route resolves the off-route exception.
    await send(client, driver, [point(6, midway, 60, 500)])
    const open = await client
      .get('/api/v1/dispatch/exceptions')
      .qs({ open: true, kind: 'off_route' })
      .loginAs(dispatcher)
    assert.lengthOf(open.body().data, 0)

    const rival = await trackingUser('dispatcher', await trackingOrg())
    const rivalView = await client.get('/api/v1/dispatch/exceptions').loginAs(rival)
    assert.lengthOf(rivalView.body().data, 0)
    const shipper = await client
      .get('/api/v1/dispatch/exceptions')
      .loginAs(await trackingUser('shipper'))
    shipper.assertStatus(403)
  })

  test('the track: actual path as GeoJSON within time bounds, planned route and ETA', async ({
    client,
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const shipper = await trackingUser('shipper')
    const order = await assignedOrder(shipper, driver, carrier)
    // 6 minutes driving north-east towards the pickup at ~10 m/s.
    const start = { lat: PICKUP.lat - 0.05, lng: PICKUP.lng }
    const points = Array.from({ length: 7 }, (_, i) => point(i + 1, start, 360 - i * 60, i * 600))
    await send(client, driver, points)

    const response = await client.get(`/api/v1/orders/${order.id}/track`).loginAs(shipper)
    response.assertStatus(200)
    const body = response.body()
    assert.equal(body.actual.geometry.type, 'LineString')
    assert.lengthOf(body.actual.geometry.coordinates, 7)
    assert.equal(body.actual.properties.points, 7)
    assert.approximately(body.actual.properties.lengthM, 3600, 20)
    assert.equal(body.planned.properties.source, 'straight')
    assert.deepEqual(body.planned.geometry.coordinates[0], [PICKUP.lng, PICKUP.lat])
    assert.equal(body.eta.nextStop, 'pickup')
    assert.approximately(body.eta.speedMps, 10, 0.3)
    const remaining = 0.05 * 110_574 - 3600
    assert.approximately(body.eta.remainingM, remaining * 1.3, 50)
    assert.approximately(body.eta.seconds, (remaining * 1.3) / 10, 15)
    assert.closeTo(body.lastPosition.lat, points[6].lat, 1e-9)

    const from = points[2].recordedAt
    const to = points[4].recordedAt
    const bounded = await client
      .get(`/api/v1/orders/${order.id}/track`)
      .qs({ from, to })
      .loginAs(shipper)
    assert.equal(bounded.body().actual.properties.points, 3)

    const stranger = await client
      .get(`/api/v1/orders/${order.id}/track`)
      .loginAs(await trackingUser('shipper'))
    stranger.assertStatus(404)
    const badBounds = await client
      .get(`/api/v1/orders/${order.id}/track`)
      .qs({ from: 'soon' })
      .loginAs(shipper)
    badBounds.assertStatus(422)
  })

  test('a long track is simplified (ST_Simplify) but keeps its ends', async ({
    client,
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const shipper = await trackingUser('shipper')
    const order = await assignedOrder(shipper, driver, carrier, 'in_transit')
    // 1,200 points a second apart along a straight road with metre-scale jitter.
    await db.rawQuery(
      `INSERT INTO gps_pings (driver_id, order_id, recorded_at, position, source)
       SELECT ?, ?, now() - make_interval(secs => 1200 - g),
              ST_SetSRID(ST_MakePoint(36.8 + g * 0.0001 + (g % 2) * 0.000005, -1.3), 4326)::geography, 'http'
       FROM generate_series(1, 1200) g`,
      [driver.id, order.id]
    )
    const response = await client.get(`/api/v1/orders/${order.id}/track`).loginAs(shipper)
    response.assertStatus(200)
    const { geometry, properties } = response.body().actual
    assert.equal(properties.points, 1200)
    assert.isTrue(properties.simplified)
    assert.isBelow(geometry.coordinates.length, 100)
    assert.closeTo(geometry.coordinates[0][0], 36.8001, 1e-5)
    assert.closeTo(geometry.coordinates.at(-1)[0], 36.92, 1e-5)
  })
})
