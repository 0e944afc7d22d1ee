import { test } from '@japa/runner'
import { startApiNodes, type ApiNode } from '#tests/helpers'
import db from '@adonisjs/lucid/services/db'
import type { Socket } from 'socket.io-client'
import { makeAssignedOrder, makeCarrier } from '#tests/fixtures/marketplace'
import { makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import {
  connected,
  emitAck,
  nextEvent,
  PICKUP,
  point,
  socketFor,
  tokenFor,
} from '#tests/tracking_fixtures'

/** Whether a `watch`/`positions` ack says ok. */
async function accepted(reply: Promise<{ ok: boolean }>) {
  const answer = await reply
  return answer.ok
}

/**
 * Room reviews and revocations across two real API processes sharing
 * PostgreSQL and Redis: the change is made on node A, the socket lives on
 * node B. Needs DATABASE_URL and REDIS_URL.
 */
const SKIP_REASON =
  process.env.DATABASE_URL && process.env.REDIS_URL
    ? null
    : 'needs DATABASE_URL and REDIS_URL (two processes must share PostgreSQL and Redis)'

test.group('realtime / two API nodes: access changes reach sockets on the other node', (group) => {
  let nodeA: ApiNode
  let nodeB: ApiNode
  const sockets: Socket[] = []
  const created = { orgs: [] as number[], users: [] as number[], orders: [] as number[] }

  group.setup(async () => {
    if (SKIP_REASON) return () => {}
    ;[nodeA, nodeB] = await startApiNodes({}, {})
    return async () => {
      sockets.forEach((s) => s.disconnect())
      nodeA.kill()
      nodeB.kill()
      await db.from('order_events').whereIn('order_id', created.orders).delete()
      await db.from('gps_pings').whereIn('driver_id', created.users).delete()
      await db.from('driver_positions').whereIn('driver_id', created.users).delete()
      await db.from('orders').whereIn('id', created.orders).delete()
      await db.from('auth_access_tokens').whereIn('tokenable_id', created.users).delete()
      await db.from('vehicle_drivers').whereIn('driver_id', created.users).delete()
      await db.from('fleet_documents').whereIn('organisation_id', created.orgs).delete()
      await db.from('vehicles').whereIn('organisation_id', created.orgs).delete()
      await db.from('users').whereIn('id', created.users).delete()
      await db.from('organisations').whereIn('id', created.orgs).delete()
    }
  })

  async function open(url: string, token: string) {
    const socket = socketFor(url, token)
    sockets.push(socket)
    await connected(socket)
    return socket
  }

  test('unassigning on node A takes the crew watching on node B out of the room; logout on A disconnects it', async ({
    assert,
  }) => {
    const shipperOrg = await makeOrganisation('shipper')
    const shipper = await makeUser('shipper', shipperOrg)
    const carrier = await makeCarrier()
    const order = await makeAssignedOrder(shipper, carrier)
    created.orgs.push(shipperOrg.id, carrier.organisation.id)
    created.users.push(shipper.id, carrier.dispatcher.id, carrier.driver.id)
    created.orders.push(order.id)

    const dispatcherToken = await tokenFor(carrier.dispatcher)
    const onB = await open(nodeB.url, dispatcherToken)
    assert.isTrue(await accepted(emitAck(onB, 'watch', { orderId: order.id })))
    assert.isTrue(await accepted(emitAck(onB, 'watch', { fleet: true })))
    const left = nextEvent(onB, 'unwatched', 10_000)

    const unassign = await fetch(`${nodeA.url}/api/v1/orders/${order.id}/unassign`, {
      method: 'POST',
      headers: {
        // The dispatcher takes the truck off from another device (node A).
        'authorization': `Bearer ${await tokenFor(carrier.dispatcher)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ reason: 'Truck broke down' }),
    })
    assert.equal(unassign.status, 200)
    assert.deepEqual(await left, { room: `order:${order.id}` })

    const dropped = nextEvent(onB, 'disconnect', 10_000)
    const logout = await fetch(`${nodeA.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { 'authorization': `Bearer ${dispatcherToken}`, 'content-type': 'application/json' },
      body: '{}',
    })
    assert.equal(logout.status, 204)
    assert.equal(await dropped, 'io server disconnect')
  })
    .skip(Boolean(SKIP_REASON), SKIP_REASON ?? undefined)
    .timeout(60_000)

  test('a driver who leaves the carrier on node A sends nothing more to its fleet room from node B, though node B had their standing cached', async ({
    assert,
  }) => {
    const carrier = await makeCarrier()
    created.orgs.push(carrier.organisation.id)
    created.users.push(carrier.dispatcher.id, carrier.driver.id)
    const fleet = await open(nodeA.url, await tokenFor(carrier.dispatcher))
    assert.isTrue(await accepted(emitAck(fleet, 'watch', { fleet: true })))
    const driverToken = await tokenFor(carrier.driver)
    const driverOnB = await open(nodeB.url, driverToken)

    // Node B reads and caches the driver's standing (a carrier member) with this batch.
    const first = nextEvent(fleet, 'position', 10_000)
    assert.isTrue(await accepted(emitAck(driverOnB, 'positions', [point(1, PICKUP, 30)])))
    const seen = await first
    assert.equal(seen.driverId, carrier.driver.id)

    const left = await fetch(
      `${nodeA.url}/api/v1/organisations/${carrier.organisation.id}/members/${carrier.driver.id}`,
      { method: 'DELETE', headers: { authorization: `Bearer ${driverToken}` } }
    )
    assert.equal(left.status, 204)
    const after: unknown[] = []
    fleet.on('position', (payload) => after.push(payload))
    assert.isTrue(await accepted(emitAck(driverOnB, 'positions', [point(2, PICKUP, 20)])))
    await new Promise((resolve) => setTimeout(resolve, 500))
    assert.deepEqual(after, [])
  })
    .skip(Boolean(SKIP_REASON), SKIP_REASON ?? undefined)
    .timeout(60_000)
})
