import { test } from '@japa/runner'
import { freePort, startApiNodes, waitFor, type ApiNode } from '#tests/helpers'
import db from '@adonisjs/lucid/services/db'
import Tracker from '#tracking/models/tracker'
import type { Socket } from 'socket.io-client'
import {
  assignedOrder,
  connected,
  PICKUP,
  socketFor,
  tokenFor,
  trackingOrg,
  trackingUser,
} from '#tests/tracking_fixtures'

/**
 * Two real API processes (bin/server.ts) on two ports against the same
 * PostgreSQL and Redis. Needs DATABASE_URL and REDIS_URL: without them
 * there is no shared database or pub/sub for two processes to share.
 */
const SKIP_REASON =
  process.env.DATABASE_URL && process.env.REDIS_URL
    ? null
    : 'needs DATABASE_URL and REDIS_URL (two processes must share PostgreSQL and Redis)'

let osmandPort = 0
const DEVICE_ID = `scale-out-${process.pid}-${Date.now()}`

interface Batch {
  seq: number
  points: { seq: number; lat: number; lng: number; recordedAt: string; accuracy: number }[]
}

/** `count` points, one second apart, ending now; batched by `size`. */
function makeBatches(count: number, size: number, startMs: number): Batch[] {
  const batches: Batch[] = []
  for (let i = 0; i < count; i += size) {
    const points = []
    for (let j = i; j < Math.min(count, i + size); j++) {
      points.push({
        seq: j + 1,
        lat: PICKUP.lat - 0.2 + j * 0.0001,
        lng: PICKUP.lng,
        recordedAt: new Date(startMs + j * 1000).toISOString(),
        accuracy: 5,
      })
    }
    batches.push({ seq: points.at(-1)!.seq, points })
  }
  return batches
}

async function pingStats(driverId: number) {
  const result = await db.rawQuery(
    'SELECT count(*)::int AS n, count(DISTINCT recorded_at)::int AS distinct_n FROM gps_pings WHERE driver_id = ?',
    [driverId]
  )
  return result.rows[0] as { n: number; distinct_n: number }
}

test.group('tracking / two API nodes over Redis, never losing a point', (group) => {
  let nodeA: ApiNode
  let nodeB: ApiNode
  const sockets: Socket[] = []
  const created: { orgs: number[]; users: number[]; orders: number[] } = {
    orgs: [],
    users: [],
    orders: [],
  }
  let driverToken: string
  let watcherToken: string
  let driverId: number
  let orderId: number

  group.setup(async () => {
    if (SKIP_REASON) return () => {}
    osmandPort = await freePort()
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const shipper = await trackingUser('shipper')
    const order = await assignedOrder(shipper, driver, carrier, 'in_transit')
    created.orgs.push(carrier.id)
    created.users.push(driver.id, shipper.id)
    created.orders.push(order.id)
    driverId = driver.id
    await Tracker.create({ driverId: driver.id, deviceId: DEVICE_ID, name: 'scale-out test' })
    orderId = order.id
    driverToken = await tokenFor(driver)
    watcherToken = await tokenFor(shipper)
    ;[nodeA, nodeB] = await startApiNodes({ OSMAND_PORT: String(osmandPort) }, {})
    return async () => {
      sockets.forEach((s) => s.disconnect())
      nodeA.kill()
      nodeB.kill()
      await db.from('gps_pings').whereIn('driver_id', created.users).delete()
      await db.from('trackers').whereIn('driver_id', created.users).delete()
      await db.from('orders').whereIn('id', created.orders).delete()
      await db.from('users').whereIn('id', created.users).delete()
      await db.from('organisations').whereIn('id', created.orgs).delete()
    }
  })
  group.each.setup(async () => {
    if (SKIP_REASON) return
    await db.from('gps_pings').where('driver_id', driverId).delete()
  })

  async function open(url: string, token: string) {
    const socket = socketFor(url, token)
    sockets.push(socket)
    await connected(socket)
    return socket
  }

  async function watcherOn(url: string) {
    const watcher = await open(url, watcherToken)
    const seen = new Map<string, number>()
    watcher.on('position', (p: { recordedAt: string }) =>
      seen.set(p.recordedAt, (seen.get(p.recordedAt) ?? 0) + 1)
    )
    const ack = await watcher.timeout(5000).emitWithAck('watch', { orderId })
    if (!ack.ok) throw new Error(JSON.stringify(ack))
    return seen
  }

  test('a watcher on node B sees every point a driver sends to node A; the database holds each once', async ({
    assert,
  }) => {
    const seen = await watcherOn(nodeB.url)
    const driver = await open(nodeA.url, driverToken)
    const batches = makeBatches(300, 20, Date.now() - 600_000)
    for (const batch of batches) {
      const ack = await driver.timeout(10_000).emitWithAck('positions', batch.points)
      assert.deepInclude(ack, { ok: true, ackedSeq: batch.seq })
    }
    await waitFor(() => seen.size === 300, 'all 300 points heard on the other node')
    assert.equal(seen.size, 300)
    assert.deepEqual(await pingStats(driverId), { n: 300, distinct_n: 300 })
  }).skip(Boolean(SKIP_REASON), SKIP_REASON ?? undefined)

  test('HTTP batches and OsmAnd reports sent to node A reach a watcher on node B, stored once', async ({
    assert,
  }) => {
    const seen = await watcherOn(nodeB.url)
    const [batch] = makeBatches(10, 10, Date.now() - 300_000)
    const http = await fetch(`${nodeA.url}/api/v1/tracking/positions`, {
      method: 'POST',
      headers: { 'authorization': `Bearer ${driverToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ points: batch.points }),
    })
    assert.equal(http.status, 200)
    assert.deepInclude(await http.json(), { ackedSeq: 10, accepted: 10 })

    // The OsmAnd port of node A (OSMAND_PORT), as Traccar Client would call it.
    const seconds = Math.floor(Date.now() / 1000) - 200
    const osmand = await fetch(
      `http://127.0.0.1:${osmandPort}/?id=${DEVICE_ID}&lat=-1.1&lon=36.9&timestamp=${seconds}&speed=20`
    )
    assert.equal(osmand.status, 200)
    const json = await fetch(`${nodeA.url}/osmand`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        device_id: DEVICE_ID,
        location: {
          timestamp: new Date((seconds + 1) * 1000).toISOString(),
          coords: { latitude: -1.09, longitude: 36.91, speed: 10, accuracy: 6 },
        },
      }),
    })
    assert.equal(json.status, 200)

    await waitFor(() => seen.size === 12, 'all 12 points heard on the other node')
    assert.equal(seen.size, 12)
    assert.deepEqual(await pingStats(driverId), { n: 12, distinct_n: 12 })
  }).skip(Boolean(SKIP_REASON), SKIP_REASON ?? undefined)

  test('a connection killed mid-stream resends its unacked batches to the other node: exactly once', async ({
    assert,
  }) => {
    const seen = await watcherOn(nodeB.url)
    const batches = makeBatches(400, 10, Date.now() - 900_000)
    const unacked = new Map(batches.map((b) => [b.seq, b]))

    // Stream without waiting for acks, and drop the connection half way.
    const first = await open(nodeA.url, driverToken)
    for (const [index, batch] of batches.entries()) {
      first
        .timeout(10_000)
        .emit('positions', batch.points, (error: unknown, ack: { ok: boolean }) => {
          if (!error && ack?.ok) unacked.delete(batch.seq)
        })
      if (index === batches.length / 2) first.io.engine.close()
    }
    await waitFor(() => !first.connected, 'the first node to drop the driver', {
      timeoutMs: 5_000,
    })
    assert.isFalse(first.connected)
    assert.isAbove(unacked.size, 0, 'the drop should leave some batches unacked')

    // Reconnect (to the other node) and resend what was never acknowledged.
    const second = await open(nodeB.url, driverToken)
    for (const batch of [...unacked.values()]) {
      const ack = await second.timeout(10_000).emitWithAck('positions', batch.points)
      if (ack.ok) unacked.delete(batch.seq)
    }
    assert.equal(unacked.size, 0)
    assert.deepEqual(await pingStats(driverId), { n: 400, distinct_n: 400 })
    await waitFor(() => seen.size === 400, 'all 400 points heard after the reconnection')
    assert.equal(seen.size, 400)
  }).skip(Boolean(SKIP_REASON), SKIP_REASON ?? undefined)

  test('a node killed (SIGKILL) mid-stream loses nothing: unacked points go to the surviving node', async ({
    assert,
  }) => {
    const batches = makeBatches(400, 10, Date.now() - 1_200_000)
    const unacked = new Map(batches.map((b) => [b.seq, b]))
    const first = await open(nodeA.url, driverToken)
    for (const [index, batch] of batches.entries()) {
      first
        .timeout(10_000)
        .emit('positions', batch.points, (error: unknown, ack: { ok: boolean }) => {
          if (!error && ack?.ok) unacked.delete(batch.seq)
        })
      if (index === 20) nodeA.kill()
    }
    await waitFor(() => !first.connected, 'the first node to drop the driver', {
      timeoutMs: 5_000,
    })
    const second = await open(nodeB.url, driverToken)
    for (const batch of [...unacked.values()]) {
      const ack = await second.timeout(10_000).emitWithAck('positions', batch.points)
      if (ack.ok) unacked.delete(batch.seq)
    }
    assert.equal(unacked.size, 0)
    assert.deepEqual(await pingStats(driverId), { n: 400, distinct_n: 400 })
  }).skip(Boolean(SKIP_REASON), SKIP_REASON ?? undefined)
})
