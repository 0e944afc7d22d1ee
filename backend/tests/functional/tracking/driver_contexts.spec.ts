import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import DriverContextService from '#tracking/services/driver_context_service'
import DriverRooms from '#realtime/services/driver_rooms'
import Order from '#orders/models/order'
import { isolateDatabase } from '#tests/helpers'
import { assignedOrder, trackingOrg, trackingUser } from '#tests/tracking_fixtures'

/**
 * What a driver's batch waits for: the context read once and shared by the
 * batches that arrive while it is read. An order event expires only the
 * contexts it concerns, so the rest of the fleet is not read again.
 */
test.group('tracking / driver contexts after an order event', (group) => {
  isolateDatabase(group)

  async function fleet() {
    const contexts = await app.container.make(DriverContextService)
    contexts.forget()
    const carrier = await trackingOrg('carrier')
    const shipper = await trackingUser('shipper', await trackingOrg('shipper'))
    const driver = await trackingUser('driver', carrier)
    const other = await trackingUser('driver', carrier)
    const othersOrder = await assignedOrder(shipper, other, carrier, 'in_transit')
    return { contexts, carrier, shipper, driver, other, othersOrder }
  }

  test("another driver's order event leaves a driver's lookup in flight to serve their next batch", async ({
    assert,
  }) => {
    const { contexts, driver, other, othersOrder } = await fleet()

    const first = contexts.forDriver(driver)
    // The event is told synchronously before its own read; the lookup above is still in flight.
    const told = contexts.expireOrder(othersOrder.id, [other.id])
    const second = contexts.forDriver(driver)
    await told

    assert.strictEqual(await second, await first, 'the second batch shares the first lookup')
    assert.strictEqual(await contexts.forDriver(driver), await first, 'and it was kept')
  })

  test("the named driver's lookup in flight is read again and not kept", async ({ assert }) => {
    const { contexts, other, othersOrder } = await fleet()

    const first = contexts.forDriver(other)
    const told = contexts.expireOrder(othersOrder.id, [other.id])
    const second = contexts.forDriver(other)
    await told

    assert.notStrictEqual(await second, await first)
    const afterwards = await contexts.forDriver(other)
    assert.strictEqual(
      await contexts.forDriver(other),
      afterwards,
      'read after the event, then kept'
    )
  })

  test('a lookup that read an order before its event is read again, even when the event does not name its driver', async ({
    assert,
  }) => {
    const { other, othersOrder } = await fleet()
    // A driver-rooms hook that holds the lookup open until the test lets it go.
    let release!: () => void
    let called!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const reached = new Promise<void>((resolve) => (called = resolve))
    const rooms = new DriverRooms()
    rooms.register(async () => {
      called()
      await held
      return []
    })
    const contexts = new DriverContextService(rooms)

    const first = contexts.forDriver(other)
    await reached
    // Queries run in order on the test's transaction: once this read is back, the lookup has read the order.
    const active = await Order.activeForDriver(other.id)
    assert.equal(active?.id, othersOrder.id)
    await Order.query().where('id', othersOrder.id).update({ assignedDriverId: null })
    // As another node's message may say: the order only.
    await contexts.expireEverywhere({ driverIds: [], orderId: othersOrder.id })
    release()

    const waited = await first
    assert.isNull(waited.activeOrder, 'the batch waiting on the lookup got a fresh read')
    const next = await contexts.forDriver(other)
    assert.isNull(next.activeOrder, 'and the stale one was not kept')
  })
})
