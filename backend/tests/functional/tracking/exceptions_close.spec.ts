import { test } from '@japa/runner'
import type { Socket } from 'socket.io-client'
import { isolateDatabase } from '#tests/helpers'
import type User from '#accounts/models/user'
import type Organisation from '#accounts/models/organisation'
import {
  assignedOrder,
  connected,
  DROPOFF,
  emitAck,
  PICKUP,
  point,
  socketFor,
  startRealtime,
  stopRealtime,
  tokenFor,
  trackingOrg,
  trackingUser,
  geofencesSettled,
  forgetDriverContexts,
} from '#tests/tracking_fixtures'

const MIDWAY = { lat: (PICKUP.lat + DROPOFF.lat) / 2, lng: (PICKUP.lng + DROPOFF.lng) / 2 }
const OFF_ROUTE = { lat: MIDWAY.lat, lng: MIDWAY.lng + 0.1 } // ~11 km east of the line

async function send(client: any, driver: User, points: object[]) {
  const response = await client.post('/api/v1/tracking/positions').json({ points }).loginAs(driver)
  response.assertStatus(200)
  await geofencesSettled()
}

/** 25 minutes at the same spot midway: a long stop. */
async function longStop(client: any, driver: User) {
  await send(client, driver, [point(1, MIDWAY, 40 * 60)])
  await send(client, driver, [point(2, MIDWAY, 30 * 60, 20)])
  await send(client, driver, [point(3, MIDWAY, 15 * 60, 10)])
}

test.group('tracking / exceptions close, and the dispatcher hears it', (group) => {
  isolateDatabase(group)
  let url: string
  const sockets: Socket[] = []
  group.setup(async () => {
    url = await startRealtime()
    return () => stopRealtime()
  })
  group.each.setup(() => forgetDriverContexts())
  group.each.teardown(() => {
    sockets.splice(0).forEach((s) => s.disconnect())
  })

  /** A dispatcher of the carrier on the fleet room, recording every `exception` event. */
  async function board(carrier: Organisation) {
    const dispatcher = await trackingUser('dispatcher', carrier)
    const socket = socketFor(url, await tokenFor(dispatcher))
    sockets.push(socket)
    await connected(socket)
    assertOk(await emitAck(socket, 'watch', { fleet: true }))
    const heard: any[] = []
    socket.on('exception', (exception) => heard.push(exception))
    return { dispatcher, heard }
  }

  async function openExceptions(client: any, dispatcher: User) {
    const response = await client
      .get('/api/v1/dispatch/exceptions')
      .qs({ open: true })
      .loginAs(dispatcher)
    response.assertStatus(200)
    return response.body().data.map((e: any) => e.kind)
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

  test('a long stop resolves once the truck moves on', async ({ client, assert }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    await assignedOrder(await trackingUser('shipper'), driver, carrier, 'in_transit')
    const { dispatcher, heard } = await board(carrier)

    await longStop(client, driver)
    assert.deepEqual(await openExceptions(client, dispatcher), ['long_stop'])
    await send(client, driver, [point(4, MIDWAY, 5 * 60, 2000)]) // 2 km further on
    await settle()

    assert.deepEqual(await openExceptions(client, dispatcher), [])
    assert.deepEqual(
      heard.map((e) => [e.kind, e.resolvedAt === null]),
      [
        ['long_stop', true],
        ['long_stop', false],
      ]
    )
    assert.equal(heard[1].details.resolution, 'moved_on')
  })

  test('the board hears the same record the list answers, where it happened included', async ({
    client,
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    await assignedOrder(await trackingUser('shipper'), driver, carrier, 'in_transit')
    const { dispatcher, heard } = await board(carrier)

    await longStop(client, driver)
    await settle()
    const listed = await client.get('/api/v1/dispatch/exceptions').loginAs(dispatcher)
    assert.lengthOf(heard, 1)
    assert.deepEqual(heard[0], listed.body().data[0])
    assert.closeTo(heard[0].lat, MIDWAY.lat, 0.001)
    assert.closeTo(heard[0].lng, MIDWAY.lng, 0.001)
  })

  test('back on the route: the off-route exception is resolved for the board too', async ({
    client,
    assert,
  }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    await assignedOrder(await trackingUser('shipper'), driver, carrier, 'in_transit')
    const { dispatcher, heard } = await board(carrier)

    await send(client, driver, [point(1, MIDWAY, 10 * 60)])
    await send(client, driver, [point(2, OFF_ROUTE, 5 * 60)])
    assert.deepEqual(await openExceptions(client, dispatcher), ['off_route'])
    await send(client, driver, [point(3, MIDWAY, 60, 500)])
    await settle()

    assert.deepEqual(await openExceptions(client, dispatcher), [])
    const offRoute = heard.filter((e) => e.kind === 'off_route')
    assert.lengthOf(offRoute, 2)
    assert.isNotNull(offRoute[1].resolvedAt)
    assert.equal(offRoute[1].id, offRoute[0].id)
    assert.equal(offRoute[1].details.resolution, 'back_on_route')
  })

  test('a cancelled order leaves no open exception behind', async ({ client, assert }) => {
    const carrier = await trackingOrg()
    const driver = await trackingUser('driver', carrier)
    const shipper = await trackingUser('shipper')
    const order = await assignedOrder(shipper, driver, carrier, 'assigned')
    const { dispatcher, heard } = await board(carrier)

    await longStop(client, driver)
    await send(client, driver, [point(4, OFF_ROUTE, 5 * 60)])
    assert.sameMembers(await openExceptions(client, dispatcher), ['off_route'])
    // (moving off the route ended the stop; stop again far off the route)
    await send(client, driver, [point(5, OFF_ROUTE, 4 * 60, 10)])

    const cancelled = await client
      .post(`/api/v1/orders/${order.id}/cancel`)
      .loginAs(shipper)
      .json({ reason: 'Cargo not ready' })
    cancelled.assertStatus(200)
    await geofencesSettled()
    await settle()

    assert.deepEqual(await openExceptions(client, dispatcher), [])
    const resolved = heard.filter((e) => e.resolvedAt !== null)
    assert.isTrue(
      resolved.some((e) => e.kind === 'off_route' && e.details.resolution === 'order_ended')
    )
  })
})

function assertOk(ack: { ok: boolean }) {
  if (!ack.ok) throw new Error(`refused: ${JSON.stringify(ack)}`)
}
