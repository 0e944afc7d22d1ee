import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolateDatabase } from '#tests/helpers'
import { metricsRegistry } from '#core/metrics'
import {
  assignedOrder,
  countPings,
  PICKUP,
  point,
  trackingOrg,
  trackingUser,
  geofencesSettled,
} from '#tests/tracking_fixtures'

test.group('tracking / POST /api/v1/tracking/positions', (group) => {
  isolateDatabase(group)

  test('stores a batch once, ties it to the active order and acks the highest seq', async ({
    client,
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const order = await assignedOrder(await trackingUser('shipper'), driver, carrier)
    const points = [point(1, PICKUP, 30, 0), point(2, PICKUP, 20, 50), point(3, PICKUP, 10, 100)]

    const response = await client
      .post('/api/v1/tracking/positions')
      .json({ points })
      .loginAs(driver)
    response.assertStatus(200)
    response.assertBodyContains({ ackedSeq: 3, accepted: 3, duplicates: 0, skipped: 0 })

    const rows = await db.rawQuery(
      'SELECT order_id, source, ST_Y(position::geometry) AS lat FROM gps_pings WHERE driver_id = ? ORDER BY recorded_at',
      [driver.id]
    )
    assert.lengthOf(rows.rows, 3)
    assert.deepEqual(
      rows.rows.map((r: any) => r.order_id),
      [order.id, order.id, order.id]
    )
    assert.equal(rows.rows[0].source, 'http')
    assert.closeTo(rows.rows[2].lat, points[2].lat, 1e-9)

    // Resending the same batch (lost ack) stores nothing twice.
    const again = await client.post('/api/v1/tracking/positions').json({ points }).loginAs(driver)
    again.assertStatus(200)
    again.assertBodyContains({ ackedSeq: 3 })
    assert.equal(await countPings(driver.id), 3)

    // Operators see the flow on /metrics.
    const metrics = await metricsRegistry.metrics()
    assert.match(metrics, /tracking_points_total\{source="http",outcome="accepted"\} \d+/)
    assert.match(metrics, /tracking_points_total\{source="http",outcome="duplicate"\} \d+/)
    assert.match(metrics, /tracking_flush_seconds_count \d+/)
    await geofencesSettled()
  })

  test('an out-of-order point is stored but never moves the current position back', async ({
    client,
    assert,
  }) => {
    const driver = await trackingUser('driver')
    await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(1, PICKUP, 10, 500)] })
      .loginAs(driver)
    await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(2, PICKUP, 60, 0)] })
      .loginAs(driver)

    assert.equal(await countPings(driver.id), 2)
    const last = await db.rawQuery(
      'SELECT ST_Y(position::geometry) AS lat FROM driver_positions WHERE driver_id = ?',
      [driver.id]
    )
    assert.closeTo(last.rows[0].lat, PICKUP.lat + 500 / 110_574, 1e-9)
  })

  test('points much less accurate than allowed are acknowledged but not stored', async ({
    client,
    assert,
  }) => {
    const driver = await trackingUser('driver')
    const response = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(7, PICKUP, 5, 0, { accuracy: 5000 })] })
      .loginAs(driver)
    response.assertStatus(200)
    response.assertBodyContains({ ackedSeq: 7, accepted: 0, skipped: 1 })
    assert.equal(await countPings(driver.id), 0)
  })

  test('refuses a bad batch whole: {field} -> {code}')
    .with([
      { field: 'lat out of range', patch: { lat: 91 }, status: 422, code: 'E_VALIDATION' },
      { field: 'lng not a number', patch: { lng: 'east' }, status: 422, code: 'E_VALIDATION' },
      {
        field: 'recordedAt garbage',
        patch: { recordedAt: 'yesterday' },
        status: 422,
        code: 'E_VALIDATION',
      },
      { field: 'negative accuracy', patch: { accuracy: -3 }, status: 422, code: 'E_VALIDATION' },
      {
        field: 'recordedAt in the future',
        patch: { recordedAt: new Date(Date.now() + 3_600_000).toISOString() },
        status: 422,
        code: 'E_FUTURE_TIMESTAMP',
      },
      {
        field: 'an order the driver does not hold',
        patch: { orderId: 999999 },
        status: 403,
        code: 'E_ORDER_NOT_HELD',
      },
    ])
    .run(async ({ client, assert }, row) => {
      const driver = await trackingUser('driver')
      const points = [point(1, PICKUP, 10), { ...point(2, PICKUP, 5), ...row.patch }]
      const response = await client
        .post('/api/v1/tracking/positions')
        .json({ points })
        .loginAs(driver)
      response.assertStatus(row.status)
      assert.equal(response.body().errors[0].code, row.code)
      assert.equal(await countPings(driver.id), 0)
    })

  test('refuses an oversized or empty batch, and non-drivers', async ({ client, assert }) => {
    const driver = await trackingUser('driver')
    const big = Array.from({ length: 501 }, (_, i) => point(i, PICKUP, 600 - i))
    const tooBig = await client
      .post('/api/v1/tracking/positions')
      .json({ points: big })
      .loginAs(driver)
    tooBig.assertStatus(422)
    const empty = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [] })
      .loginAs(driver)
    empty.assertStatus(422)
    assert.equal(await countPings(driver.id), 0)

    const shipper = await trackingUser('shipper')
    const forbidden = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(1, PICKUP, 1)] })
      .loginAs(shipper)
    forbidden.assertStatus(403)
    const anonymous = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(1, PICKUP, 1)] })
    anonymous.assertStatus(401)
  })
})
