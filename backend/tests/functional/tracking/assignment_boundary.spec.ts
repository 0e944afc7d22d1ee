import { test } from '@japa/runner'
import type { Socket } from 'socket.io-client'
import db from '@adonisjs/lucid/services/db'
import { isolateDatabase } from '#tests/helpers'
import type { ApiClient } from '@japa/api-client'
import type Order from '#orders/models/order'
import {
  makeCarrier,
  makeOrder,
  makeOrganisation,
  makeUser,
  type Carrier,
} from '#tests/fixtures/marketplace'
import {
  connected,
  emitAck,
  nextEvent,
  socketFor,
  startRealtime,
  stopRealtime,
  tokenFor,
  geofencesSettled,
} from '#tests/tracking_fixtures'

const NAIROBI = { lat: -1.3087, lng: 36.8516 }

function fix(secondsAgo: number, metresNorth = 0) {
  return {
    lat: NAIROBI.lat + metresNorth / 110_574,
    lng: NAIROBI.lng,
    recordedAt: new Date(Date.now() - secondsAgo * 1000).toISOString(),
    accuracy: 8,
  }
}

async function pings(driverId: number) {
  const result = await db.rawQuery(
    'SELECT order_id, recorded_at FROM gps_pings WHERE driver_id = ? ORDER BY recorded_at',
    [driverId]
  )
  return result.rows as { order_id: number | null; recorded_at: Date }[]
}

/** A carrier and a shipper's order on the load board, not yet anyone's. */
async function postedOrder() {
  const carrier = await makeCarrier()
  const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
  const order = await makeOrder(shipper, { status: 'posted' })
  return { carrier, shipper, order }
}

/** The carrier's dispatcher gives the order to their driver, as the app does. */
async function assign(client: ApiClient, carrier: Carrier, order: Order) {
  const assigned = await client
    .post(`/api/v1/orders/${order.id}/assign`)
    .loginAs(carrier.dispatcher)
    .json({ driverId: carrier.driver.id, vehicleId: carrier.vehicle.id })
  assigned.assertStatus(200)
}

test.group('tracking / the order a point belongs to', (group) => {
  isolateDatabase(group)
  let url: string
  const sockets: Socket[] = []
  group.setup(async () => {
    url = await startRealtime()
    return () => stopRealtime()
  })
  group.each.teardown(async () => {
    sockets.splice(0).forEach((s) => s.disconnect())
    await geofencesSettled()
  })

  async function open(token: string) {
    const socket = socketFor(url, token)
    sockets.push(socket)
    await connected(socket)
    return socket
  }

  test('the first batch after an assignment belongs to the order and reaches its room', async ({
    client,
    assert,
  }) => {
    const { carrier, shipper, order } = await postedOrder()
    const driverSocket = await open(await tokenFor(carrier.driver))
    const shipperSocket = await open(await tokenFor(shipper))

    // Streaming before the job: the driver's context (no order) is cached.
    const before = await emitAck(driverSocket, 'positions', [fix(20)])
    assert.isTrue(before.ok)

    await assign(client, carrier, order)
    const watch = await emitAck(shipperSocket, 'watch', { orderId: order.id })
    assert.isTrue(watch.ok, JSON.stringify(watch))

    const seen = nextEvent(shipperSocket, 'position')
    const after = await emitAck(driverSocket, 'positions', [fix(1, 30)])
    assert.isTrue(after.ok)
    const position = await seen
    assert.equal(position.orderId, order.id)
    const stored = await pings(carrier.driver.id)
    assert.deepEqual(
      stored.map((row) => row.order_id),
      [null, order.id]
    )
  })

  test('a driver taken off the order stops reaching its room from the next batch, though their context was cached', async ({
    client,
    assert,
  }) => {
    const { carrier, shipper, order } = await postedOrder()
    await assign(client, carrier, order)
    const driverSocket = await open(await tokenFor(carrier.driver))
    const shipperSocket = await open(await tokenFor(shipper))
    const watching = await emitAck(shipperSocket, 'watch', { orderId: order.id })
    assert.isTrue(watching.ok)
    const first = nextEvent(shipperSocket, 'position')
    const held = await emitAck(driverSocket, 'positions', [{ ...fix(20), orderId: order.id }])
    assert.isTrue(held.ok, JSON.stringify(held))
    const seen = await first
    assert.equal(seen.orderId, order.id)

    const unassigned = await client
      .post(`/api/v1/orders/${order.id}/unassign`)
      .loginAs(carrier.dispatcher)
      .json({ reason: 'Truck broke down' })
    unassigned.assertStatus(200)
    const late: unknown[] = []
    shipperSocket.on('position', (message) => late.push(message))

    const claimed = await emitAck(driverSocket, 'positions', [{ ...fix(10), orderId: order.id }])
    assert.isFalse(claimed.ok)
    assert.equal(claimed.error.code, 'E_ORDER_NOT_HELD')
    const plain = await emitAck(driverSocket, 'positions', [fix(5, 30)])
    assert.isTrue(plain.ok)
    await new Promise((resolve) => setTimeout(resolve, 200))
    assert.deepEqual(late, [])
    const stored = await pings(carrier.driver.id)
    assert.deepEqual(
      stored.map((row) => row.order_id),
      [order.id, null]
    )
  })

  test('a point recorded before the driver got the order never joins its track', async ({
    client,
    assert,
  }) => {
    const { carrier, shipper, order } = await postedOrder()
    await assign(client, carrier, order)
    const shipperSocket = await open(await tokenFor(shipper))
    const watch = await emitAck(shipperSocket, 'watch', { orderId: order.id })
    assert.isTrue(watch.ok)
    const positions: any[] = []
    shipperSocket.on('position', (message) => positions.push(message))

    // Replayed from yesterday's queue, then today's fix.
    const response = await client
      .post('/api/v1/tracking/positions')
      .loginAs(carrier.driver)
      .json({ points: [fix(86_400, 0), fix(2 * 86_400, 50), fix(1, 100)] })
    response.assertStatus(200)

    const stored = await pings(carrier.driver.id)
    assert.deepEqual(
      stored.map((row) => row.order_id),
      [null, null, order.id]
    )
    const track = await client.get(`/api/v1/orders/${order.id}/track`).loginAs(shipper)
    track.assertStatus(200)
    assert.equal(track.body().actual.properties.points, 1)
    await new Promise((resolve) => setTimeout(resolve, 200))
    assert.lengthOf(positions, 1)
    assert.equal(positions[0].orderId, order.id)
  })
})
