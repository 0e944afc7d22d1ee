import { test } from '@japa/runner'
import Organisation from '#accounts/models/organisation'
import { isolateDatabase, waitFor } from '#tests/helpers'
import { makeUser } from '#tests/accounts_helpers'
import { makeCooperative } from '#tests/collections_fixtures'
import {
  emitAck,
  forgetDriverContexts,
  nextEvent,
  point,
  socketsForEachTest,
} from '#tests/tracking_fixtures'
import { guardTransactions } from '#tests/transaction_guard'

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms))
const GATE = { lat: -1.05, lng: 36.77 }

test.group('collections: the route’s live room (route:<id>)', (group) => {
  isolateDatabase(group)
  guardTransactions(group)
  const open = socketsForEachTest(group)
  group.each.setup(() => async () => {
    await forgetDriverContexts()
  })

  test('the route’s driver and its cooperative’s manager, clerks and graders join; nobody else learns it exists', async ({
    assert,
  }) => {
    const coop = await makeCooperative()
    const other = await makeCooperative()
    const room = `route:${coop.route.id}`
    for (const user of [coop.manager, coop.clerk, coop.grader, coop.driver]) {
      const reply = await emitAck(await open(user), 'route:watch', { routeId: coop.route.id })
      assert.deepEqual(reply, { ok: true, room })
    }
    const outsiders = [
      other.manager,
      other.clerk,
      other.driver,
      await makeUser({ role: 'shipper' }),
      await makeUser({ role: 'admin' }),
    ]
    for (const user of outsiders) {
      const reply = await emitAck(await open(user), 'route:watch', { routeId: coop.route.id })
      assert.deepEqual(reply.error, { code: 'E_NOT_FOUND', message: 'Route not found.' })
    }
    const missing = await emitAck(await open(coop.manager), 'route:watch', { routeId: 999_999 })
    assert.equal(missing.error.code, 'E_NOT_FOUND')
    const bad = await emitAck(await open(coop.manager), 'route:watch', { routeId: 'x' })
    assert.equal(bad.error.code, 'E_VALIDATION')
  })

  test('the staff hear the truck; a clerk removed from the cooperative stops at the next point, without any event', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const manager = await open(coop.manager)
    const clerk = await open(coop.clerk)
    for (const socket of [manager, clerk]) {
      const reply = await emitAck(socket, 'route:watch', { routeId: coop.route.id })
      assert.isTrue(reply.ok)
    }
    const clerkHeard: any[] = []
    clerk.on('position', (message) => clerkHeard.push(message))

    const first = nextEvent(manager, 'position')
    const sent = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(1, GATE, 20)] })
      .loginAs(coop.driver)
    sent.assertStatus(200)
    const heard = await first
    assert.equal(heard.driverId, coop.driver.id)
    assert.closeTo(heard.lat, GATE.lat, 1e-6)
    await waitFor(async () => clerkHeard.length === 1, 'the clerk hears the truck')

    // The clerk moves to another organisation; nothing announces it to the sockets.
    const elsewhere = await Organisation.create({
      name: 'Elsewhere',
      kind: 'shipper',
      country: 'KE',
    })
    coop.clerk.organisationId = elsewhere.id
    await coop.clerk.save()
    const clerkLeft = nextEvent(clerk, 'unwatched')
    const second = nextEvent(manager, 'position')
    const again = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(2, GATE, 10, 200)] })
      .loginAs(coop.driver)
    again.assertStatus(200)
    await second
    assert.deepEqual(await clerkLeft, { room: `route:${coop.route.id}` })
    await settle()
    assert.lengthOf(clerkHeard, 1)
    const rejoin = await emitAck(clerk, 'route:watch', { routeId: coop.route.id })
    assert.equal(rejoin.error.code, 'E_NOT_FOUND')
  })

  test('a driver taken off the route leaves its room at once, and their points no longer reach it', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const manager = await open(coop.manager)
    const driver = await open(coop.driver)
    for (const socket of [manager, driver]) {
      const reply = await emitAck(socket, 'route:watch', { routeId: coop.route.id })
      assert.isTrue(reply.ok)
    }
    // The driver's context (their route rooms) is cached by a first point.
    const first = nextEvent(manager, 'position')
    const sent = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(1, GATE, 20)] })
      .loginAs(coop.driver)
    sent.assertStatus(200)
    await first

    const driverLeft = nextEvent(driver, 'unwatched')
    const unassign = await client
      .patch(`/api/v1/collection-routes/${coop.route.id}`)
      .json({ driverId: null })
      .loginAs(coop.manager)
    unassign.assertStatus(200)
    assert.deepEqual(await driverLeft, { room: `route:${coop.route.id}` })

    const managerHeard: any[] = []
    manager.on('position', (message) => managerHeard.push(message))
    const after = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(2, GATE, 10, 300)] })
      .loginAs(coop.driver)
    after.assertStatus(200)
    await settle()
    assert.lengthOf(managerHeard, 0, 'the old driver’s truck is not the route’s any more')
    const rejoin = await emitAck(driver, 'route:watch', { routeId: coop.route.id })
    assert.equal(rejoin.error.code, 'E_NOT_FOUND')
  })

  test('a map opened between two points shows the truck where it was last seen, at once', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const before = await open(coop.manager)
    const heardBefore: any[] = []
    before.on('position', (message) => heardBefore.push(message))
    const empty = await emitAck(before, 'route:watch', { routeId: coop.route.id })
    assert.isTrue(empty.ok)
    await settle()
    assert.lengthOf(heardBefore, 0, 'no point yet: nothing to show')

    const sent = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point(1, GATE, 20, 150)] })
      .loginAs(coop.driver)
    sent.assertStatus(200)

    const later = await open(coop.clerk)
    const shown = nextEvent(later, 'position')
    const reply = await emitAck(later, 'route:watch', { routeId: coop.route.id })
    assert.isTrue(reply.ok)
    const truck = await shown
    assert.equal(truck.driverId, coop.driver.id)
    assert.isTrue(truck.latest)
    assert.closeTo(truck.lat, GATE.lat + 150 / 110_574, 1e-6)
    assert.closeTo(truck.lng, GATE.lng, 1e-6)
    // Somebody who may not follow the route is not told where its truck is.
    const other = await makeCooperative()
    const outsider = await open(other.manager)
    const outsiderHeard: any[] = []
    outsider.on('position', (message) => outsiderHeard.push(message))
    const refused = await emitAck(outsider, 'route:watch', { routeId: coop.route.id })
    assert.equal(refused.error.code, 'E_NOT_FOUND')
    await settle()
    assert.lengthOf(outsiderHeard, 0)
  })
})
