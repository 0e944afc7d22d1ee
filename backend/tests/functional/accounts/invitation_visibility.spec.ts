import { test } from '@japa/runner'
import type { Socket } from 'socket.io-client'
import { isolateDatabase } from '#tests/helpers'
import { draftBody, makeCarrier, makeOrganisation, makeUser } from '#tests/fixtures/marketplace'
import {
  assignedOrder,
  emitAck,
  geofencesSettled,
  nextEvent,
  PICKUP,
  point,
  socketsForEachTest,
} from '#tests/tracking_fixtures'

/** Whether a `watch`/`positions` ack says ok. */
async function ok(reply: Promise<{ ok: boolean }>) {
  const answer = await reply
  return answer.ok
}

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms))

function collect(socket: Socket, event: string) {
  const seen: any[] = []
  socket.on(event, (payload) => seen.push(payload))
  return seen
}

/**
 * Until an invited person accepts, the inviting organisation sees nothing of
 * theirs, by every way it could look: REST lists and reads, actions, the
 * fleet room and the order rooms. Each line here answered the organisation
 * before invitations (the owner's add was a join).
 */
test.group('organisations / an invitation shows nothing until it is accepted', (group) => {
  isolateDatabase(group)
  const open = socketsForEachTest(group)
  group.each.teardown(async () => {
    await geofencesSettled()
  })

  test('a driver: no position in the fleet room, no nearby entry, no order room; live from the moment they accept, gone the moment they leave', async ({
    client,
    assert,
  }) => {
    const carrier = await makeCarrier()
    const driver = await makeUser('driver', null)
    const shipper = await makeUser('shipper', null)
    const order = await assignedOrder(shipper, driver, null, 'in_transit')

    const invited = await client
      .post(`/api/v1/organisations/${carrier.organisation.id}/members`)
      .json({ phone: driver.phone, role: 'driver' })
      .loginAs(carrier.dispatcher)
    invited.assertStatus(202)

    const fleet = await open(carrier.dispatcher)
    assert.isTrue(await ok(emitAck(fleet, 'watch', { fleet: true })))
    const positions = collect(fleet, 'position')
    const driverSocket = await open(driver)
    const duty = await client.post('/api/v1/drivers/me/duty').json({ onDuty: true }).loginAs(driver)
    duty.assertStatus(200)

    // Invited, not yet accepted: nothing reaches the carrier.
    assert.isTrue(await ok(emitAck(driverSocket, 'positions', [point(1, PICKUP, 20)])))
    await settle()
    assert.deepEqual(positions, [])
    const nearby = await client
      .get('/api/v1/drivers/nearby')
      .qs({ lat: PICKUP.lat, lng: PICKUP.lng, radiusKm: 50 })
      .loginAs(carrier.dispatcher)
    nearby.assertStatus(200)
    assert.notInclude(
      nearby.body().data.map((d: { driverId: number }) => d.driverId),
      driver.id
    )
    const watchOrder = await emitAck(fleet, 'watch', { orderId: order.id })
    assert.equal(watchOrder.error.code, 'E_NOT_FOUND')
    for (const path of [`/api/v1/orders/${order.id}`, `/api/v1/orders/${order.id}/track`]) {
      const read = await client.get(path).loginAs(carrier.dispatcher)
      read.assertStatus(404)
    }
    const members = await client
      .get(`/api/v1/organisations/${carrier.organisation.id}`)
      .loginAs(carrier.dispatcher)
    assert.notInclude(
      members.body().members.map((m: { id: number }) => m.id),
      driver.id
    )

    // Accepted: the very next batch is the carrier's (no cached standing from before).
    const accepted = await client
      .post(`/api/v1/invitations/${invited.body().id}/accept`)
      .loginAs(driver)
    accepted.assertStatus(200)
    const live = nextEvent(fleet, 'position', 3_000)
    assert.isTrue(await ok(emitAck(driverSocket, 'positions', [point(2, PICKUP, 10)])))
    const seen = await live
    assert.equal(seen.driverId, driver.id)
    const nearbyNow = await client
      .get('/api/v1/drivers/nearby')
      .qs({ lat: PICKUP.lat, lng: PICKUP.lng, radiusKm: 50 })
      .loginAs(carrier.dispatcher)
    assert.include(
      nearbyNow.body().data.map((d: { driverId: number }) => d.driverId),
      driver.id
    )

    // Left: the very next batch no longer reaches the old fleet room.
    const left = await client
      .delete(`/api/v1/organisations/${carrier.organisation.id}/members/${driver.id}`)
      .loginAs(driver)
    left.assertStatus(204)
    positions.length = 0
    assert.isTrue(await ok(emitAck(driverSocket, 'positions', [point(3, PICKUP, 5)])))
    await settle()
    assert.deepEqual(positions, [])
  })

  test("a shipper: their orders are not the organisation's to read, cancel or watch until they accept", async ({
    client,
    assert,
  }) => {
    const owner = await makeUser('shipper', null)
    const organisation = await makeOrganisation('shipper')
    organisation.ownerId = owner.id
    await organisation.save()
    owner.organisationId = organisation.id
    await owner.save()
    const shipper = await makeUser('shipper', null)

    const invited = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: shipper.phone, role: 'shipper' })
      .loginAs(owner)
    invited.assertStatus(202)

    const posted = await client.post('/api/v1/orders').json(draftBody()).loginAs(shipper)
    posted.assertStatus(201)
    const orderId = posted.body().id

    const list = await client.get('/api/v1/orders').loginAs(owner)
    list.assertStatus(200)
    assert.notInclude(
      list.body().data.map((o: { id: number }) => o.id),
      orderId
    )
    for (const path of [`/api/v1/orders/${orderId}`, `/api/v1/orders/${orderId}/events`]) {
      const read = await client.get(path).loginAs(owner)
      read.assertStatus(404)
    }
    const cancel = await client
      .post(`/api/v1/orders/${orderId}/cancel`)
      .json({ reason: 'not yours' })
      .loginAs(owner)
    cancel.assertStatus(404)
    const watch = await emitAck(await open(owner), 'watch', { orderId })
    assert.equal(watch.error.code, 'E_NOT_FOUND')

    const accepted = await client
      .post(`/api/v1/invitations/${invited.body().id}/accept`)
      .loginAs(shipper)
    accepted.assertStatus(200)
    // What they posted before saying yes stays theirs; what they post as a member is shared.
    const before = await client.get(`/api/v1/orders/${orderId}`).loginAs(owner)
    before.assertStatus(404)
    const after = await client.post('/api/v1/orders').json(draftBody()).loginAs(shipper)
    after.assertStatus(201)
    const shared = await client.get(`/api/v1/orders/${after.body().id}`).loginAs(owner)
    shared.assertStatus(200)
  })
})
