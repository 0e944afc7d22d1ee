import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import type { Socket } from 'socket.io-client'
import User from '#accounts/models/user'
import OrderEventService from '#orders/services/order_event_service'
import { isolateDatabase } from '#tests/helpers'
import {
  assignedOrder,
  connected,
  countPings,
  emitAck,
  nextEvent,
  PICKUP,
  point,
  socketFor,
  startRealtime,
  stopRealtime,
  tokenFor,
  trackingOrg,
  trackingUser,
  geofencesSettled,
} from '#tests/tracking_fixtures'

test.group('realtime / Socket.IO gateway', (group) => {
  isolateDatabase(group)
  let url: string
  const sockets: Socket[] = []
  const open = async (token: string | undefined) => {
    const socket = socketFor(url, token)
    sockets.push(socket)
    await connected(socket)
    return socket
  }
  group.setup(async () => {
    url = await startRealtime()
    return () => stopRealtime()
  })
  group.each.teardown(() => {
    sockets.splice(0).forEach((s) => s.disconnect())
  })

  test('refuses a missing, unknown or revoked token in the handshake', async ({ assert }) => {
    await assert.rejects(() => open(undefined), 'E_UNAUTHORIZED')
    await assert.rejects(() => open('njia_not-a-real-token'), 'E_UNAUTHORIZED')

    const driver = await trackingUser('driver')
    const token = await User.accessTokens.create(driver)
    const raw = token.value!.release()
    await User.accessTokens.delete(driver, token.identifier)
    await assert.rejects(() => open(raw), 'E_UNAUTHORIZED')

    const expiring = await User.accessTokens.create(driver)
    await db
      .from('auth_access_tokens')
      .where('id', Number(expiring.identifier))
      .update({ expires_at: new Date(Date.now() - 60_000) })
    await assert.rejects(() => open(expiring.value!.release()), 'E_UNAUTHORIZED')
    // A live token of the same user still connects.
    await open(await tokenFor(driver))
  })

  test('a watcher of the order and of the fleet sees each point; the ack comes after commit', async ({
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const shipper = await trackingUser('shipper')
    const dispatcher = await trackingUser('dispatcher', carrier)
    const order = await assignedOrder(shipper, driver, carrier)

    const driverSocket = await open(await tokenFor(driver))
    const shipperSocket = await open(await tokenFor(shipper))
    const fleetSocket = await open(await tokenFor(dispatcher))
    assert.deepEqual(await emitAck(shipperSocket, 'watch', { orderId: order.id }), {
      ok: true,
      room: `order:${order.id}`,
    })
    assert.deepEqual(await emitAck(fleetSocket, 'watch', { fleet: true }), {
      ok: true,
      room: `fleet:${carrier.id}`,
    })

    const seenByShipper = nextEvent(shipperSocket, 'position')
    const seenByFleet = nextEvent(fleetSocket, 'position')
    const ack = await emitAck(driverSocket, 'positions', [point(41, PICKUP, 3, 10)])
    assert.deepEqual(ack, { ok: true, ackedSeq: 41, accepted: 1, duplicates: 0, skipped: 0 })
    // Acked means committed: the row is there now.
    assert.equal(await countPings(driver.id), 1)

    const position = await seenByShipper
    assert.equal(position.driverId, driver.id)
    assert.equal(position.orderId, order.id)
    assert.isTrue(position.latest)
    const fleetPosition = await seenByFleet
    assert.equal(fleetPosition.driverId, driver.id)

    // A late point from the queue is shown in the trail, not as the marker.
    const late = nextEvent(shipperSocket, 'position')
    await emitAck(driverSocket, 'positions', [point(42, PICKUP, 60, 0)])
    const latePosition = await late
    assert.isFalse(latePosition.latest)
    await geofencesSettled()
  })

  test('a bad batch is answered with an error and the connection stays usable', async ({
    assert,
  }) => {
    const driver = await trackingUser('driver')
    const socket = await open(await tokenFor(driver))
    const bad = await emitAck(socket, 'positions', [{ seq: 1, lat: 'x', lng: 0, recordedAt: 1 }])
    assert.isFalse(bad.ok)
    assert.equal(bad.error.code, 'E_VALIDATION')
    const notArray = await emitAck(socket, 'positions', 'hello')
    assert.equal(notArray.error.code, 'E_VALIDATION')
    assert.isTrue(socket.connected)
    assert.equal(await countPings(driver.id), 0)

    const good = await emitAck(socket, 'positions', [point(2, PICKUP, 1)])
    assert.isTrue(good.ok)
    assert.equal(await countPings(driver.id), 1)
  })

  test('watching is authorised like the REST read', async ({ assert }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const order = await assignedOrder(await trackingUser('shipper'), driver, carrier)
    const stranger = await open(await tokenFor(await trackingUser('shipper')))
    const otherDriver = await open(await tokenFor(await trackingUser('driver')))

    const refused = await emitAck(stranger, 'watch', { orderId: order.id })
    assert.deepEqual(refused, {
      ok: false,
      error: { code: 'E_NOT_FOUND', message: 'Order not found.' },
    })
    const fleet = await emitAck(otherDriver, 'watch', { fleet: true })
    assert.equal(fleet.error.code, 'E_FORBIDDEN')
    const malformed = await emitAck(stranger, 'watch', { orderId: 'abc' })
    assert.equal(malformed.error.code, 'E_VALIDATION')

    const admin = await open(await tokenFor(await trackingUser('admin')))
    assert.deepEqual(await emitAck(admin, 'watch', { fleet: true }), {
      ok: true,
      room: 'fleet:platform',
    })
    const platform = await trackingOrg('platform')
    const platformDispatcher = await open(
      await tokenFor(await trackingUser('dispatcher', platform))
    )
    const platformWatch = await emitAck(platformDispatcher, 'watch', { fleet: true })
    assert.equal(platformWatch.room, 'fleet:platform')

    // A shipper cannot send positions.
    const shipperSends = await emitAck(stranger, 'positions', [point(1, PICKUP, 1)])
    assert.equal(shipperSends.error.code, 'E_NOT_A_DRIVER')
  })

  test('order events and notifications reach the right rooms', async ({ assert }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const shipper = await trackingUser('shipper')
    const order = await assignedOrder(shipper, driver, carrier)
    const socket = await open(await tokenFor(shipper))
    await emitAck(socket, 'watch', { orderId: order.id })

    const event = nextEvent(socket, 'order:event')
    const events = await app.container.make(OrderEventService)
    await events.record(order, { type: 'note', data: { hello: 'world' } })
    const received = await event
    assert.equal(received.type, 'note')

    const notification = nextEvent(socket, 'notification')
    emitter.emit('user:notification', { userId: shipper.id, notification: { title: 'Hi' } })
    assert.deepEqual(await notification, { title: 'Hi' })
  })

  test('after a brief drop a watcher gets its rooms and missed positions back (state recovery)', async ({
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const shipper = await trackingUser('shipper')
    const order = await assignedOrder(shipper, driver, carrier)
    const watcher = socketFor(url, await tokenFor(shipper), {
      reconnection: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 200,
    })
    sockets.push(watcher)
    await connected(watcher)
    await emitAck(watcher, 'watch', { orderId: order.id })
    const driverSocket = await open(await tokenFor(driver))
    const first = nextEvent(watcher, 'position')
    await emitAck(driverSocket, 'positions', [point(1, PICKUP, 3)])
    await first

    // The network drops; a point is sent while the watcher is away.
    const disconnected = new Promise<void>((resolve) => watcher.once('disconnect', () => resolve()))
    watcher.io.engine.close()
    await disconnected
    await emitAck(driverSocket, 'positions', [point(2, PICKUP, 2, 25)])

    // Back without a new `watch`: same rooms, and the missed point is replayed.
    const missed = nextEvent(watcher, 'position')
    await connected(watcher)
    assert.isTrue(watcher.recovered)
    const position = await missed
    assert.equal(position.orderId, order.id)
    assert.closeTo(position.lat, PICKUP.lat + 25 / 110_574, 1e-9)
    await geofencesSettled()
  }).skip(
    Boolean(process.env.REDIS_URL),
    'with REDIS_URL the Redis pub/sub adapter is used, and it cannot restore sessions (docs/realtime.md)'
  )
})
