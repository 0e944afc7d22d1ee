import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import trackingConfig from '#config/tracking'
import type User from '#accounts/models/user'
import type Order from '#orders/models/order'
import type { LatLng } from '#core/models/geo_point'
import GeofenceService from '#tracking/services/geofence_service'
import DriverContextService from '#tracking/services/driver_context_service'
import { isolateDatabase } from '#tests/helpers'
import {
  assignedOrder,
  DROPOFF,
  forgetDriverContexts,
  pingRow,
  PICKUP,
  trackingOrg,
  trackingUser,
} from '#tests/tracking_fixtures'

/** Runs `work` and counts the statements it sent that step orders' tracking states. */
async function stepStatementsOf(work: () => Promise<unknown>) {
  const knex = db.connection().getWriteClient()
  let count = 0
  const listener = (query: { sql: string }) => {
    if (/INSERT INTO tracking_order_states/i.test(query.sql)) count++
  }
  knex.on('query', listener)
  try {
    await work()
  } finally {
    knex.off('query', listener)
  }
  return count
}

const MIDWAY = { lat: (PICKUP.lat + DROPOFF.lat) / 2, lng: (PICKUP.lng + DROPOFF.lng) / 2 }
/** ~11 km east of the straight line pickup -> drop-off. */
const OFF_ROUTE = { lat: MIDWAY.lat, lng: MIDWAY.lng + 0.1 }

test.group('tracking / the geofence checks of many orders share their state step', (group) => {
  isolateDatabase(group)
  group.each.setup(() => forgetDriverContexts())
  // Checks every second: a check waits up to a tenth of that (100 ms) for others to go with it.
  group.each.setup(() => {
    const interval = trackingConfig.exceptions.checkIntervalMs
    trackingConfig.exceptions.checkIntervalMs = 1000
    return () => {
      trackingConfig.exceptions.checkIntervalMs = interval
    }
  })

  test('checks of several orders due within the gathering time cost one statement, and each order gets its own facts', async ({
    assert,
  }) => {
    const carrier = await trackingOrg()
    const shipper = await trackingUser('shipper')
    const crews: { driver: User; order: Order; at: LatLng }[] = []
    for (const at of [PICKUP, OFF_ROUTE, MIDWAY, MIDWAY]) {
      const driver = await trackingUser('driver', carrier)
      crews.push({ driver, order: await assignedOrder(shipper, driver, carrier, 'in_transit'), at })
    }
    const contexts = await app.container.make(DriverContextService)
    const read = await Promise.all(crews.map(({ driver }) => contexts.forDriver(driver)))
    // The last order is deleted after its driver's context was read: stepped over, no one else's check fails.
    const gone = crews[3].order
    await db.from('orders').where('id', gone.id).delete()

    const geofences = await app.container.make(GeofenceService)
    const recordedAt = Date.now() - 1000
    const statements = await stepStatementsOf(async () => {
      for (const [index, { driver, order, at }] of crews.entries()) {
        const row = { ...pingRow(driver.id, recordedAt, order.id), lat: at.lat, lng: at.lng }
        geofences.afterCommit(driver, read[index], row)
        // The next truck's batch comes a little later, still within the gathering time.
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      await geofences.settled()
    })

    assert.equal(statements, 1)
    const events = await db
      .from('order_events')
      .whereIn('type', ['arrived_pickup', 'left_pickup', 'arrived_dropoff', 'left_dropoff'])
      .whereIn(
        'order_id',
        crews.map(({ order }) => order.id)
      )
      .select('order_id', 'type')
    assert.deepEqual(events, [{ order_id: crews[0].order.id, type: 'arrived_pickup' }])
    const exceptions = await db
      .from('tracking_exceptions')
      .whereIn(
        'order_id',
        crews.map(({ order }) => order.id)
      )
      .select('order_id', 'kind')
    assert.deepEqual(exceptions, [{ order_id: crews[1].order.id, kind: 'off_route' }])
    const states = await db
      .from('tracking_order_states')
      .whereIn(
        'order_id',
        crews.map(({ order }) => order.id)
      )
      .orderBy('order_id')
      .select('order_id', 'last_point_at')
    assert.deepEqual(
      states.map((state) => [state.order_id, new Date(state.last_point_at).getTime()]),
      crews.slice(0, 3).map(({ order }) => [order.id, recordedAt])
    )
  })

  test('a point older than the order last saw moves nothing, even in a shared step', async ({
    assert,
  }) => {
    const carrier = await trackingOrg()
    const shipper = await trackingUser('shipper')
    const driver = await trackingUser('driver', carrier)
    const order = await assignedOrder(shipper, driver, carrier, 'in_transit')
    const other = await trackingUser('driver', carrier)
    const otherOrder = await assignedOrder(shipper, other, carrier, 'in_transit')
    const contexts = await app.container.make(DriverContextService)
    const [context, otherContext] = await Promise.all([
      contexts.forDriver(driver),
      contexts.forDriver(other),
    ])
    const geofences = await app.container.make(GeofenceService)
    const now = Date.now()
    geofences.afterCommit(driver, context, {
      ...pingRow(driver.id, now - 1000, order.id),
      ...MIDWAY,
    })
    await geofences.settled()

    // An older point at the pickup, sharing its step with another order's: no arrival, the clock stays.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    geofences.afterCommit(driver, context, pingRow(driver.id, now - 5000, order.id))
    geofences.afterCommit(other, otherContext, pingRow(other.id, now - 500, otherOrder.id))
    await geofences.settled()

    const arrivals = await db
      .from('order_events')
      .where('type', 'arrived_pickup')
      .whereIn('order_id', [order.id, otherOrder.id])
      .select('order_id')
    assert.deepEqual(arrivals, [{ order_id: otherOrder.id }])
    const state = await db.from('tracking_order_states').where('order_id', order.id).first()
    assert.equal(new Date(state.last_point_at).getTime(), now - 1000)
  })
})
