import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import Order from '#orders/models/order'
import OrderEvent from '#orders/models/order_event'
import OrderEventService from '#orders/services/order_event_service'
import { isolateDatabase } from '#tests/helpers'
import { makeOrder, makeOrganisation, makeUser } from '#tests/fixtures/marketplace'

test.group('Order model and events', (group) => {
  isolateDatabase(group)

  test('stores pickup and drop-off as geography and reads them back as lat/lng', async ({
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await makeOrder(shipper)
    const fresh = await Order.findOrFail(order.id)
    assert.deepEqual(fresh.pickup, { lat: -1.3087, lng: 36.8516 })
    assert.deepEqual(fresh.dropoff, { lat: -0.3031, lng: 36.08 })
    const result = await db.rawQuery(
      'select GeometryType(pickup::geometry) as kind, ST_SRID(pickup::geometry) as srid from orders where id = ?',
      [order.id]
    )
    const [row] = result.rows
    assert.deepEqual(row, { kind: 'POINT', srid: 4326 })

    fresh.dropoff = { lat: 0.5143, lng: 35.2698 }
    await fresh.save()
    const listed = await Order.query().where('id', order.id).firstOrFail()
    assert.deepEqual(listed.dropoff, { lat: 0.5143, lng: 35.2698 })
  })

  test('records an event with position and announces it after commit', async ({ assert }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await makeOrder(shipper)
    const heard: unknown[] = []
    const listener = (message: unknown) => heard.push(message)
    emitter.on('order:event', listener)
    const timeline = await app.container.make(OrderEventService)
    try {
      await db.transaction(async (trx) => {
        await timeline.record(
          order,
          { type: 'arrived_pickup', actorId: shipper.id, position: { lat: -1.28, lng: 36.81 } },
          trx
        )
        assert.lengthOf(heard, 0)
      })
      assert.lengthOf(heard, 1)
      const events = await OrderEvent.query().where('order_id', order.id)
      assert.lengthOf(events, 1)
      assert.deepEqual(events[0].position, { lat: -1.28, lng: 36.81 })
      assert.equal(events[0].type, 'arrived_pickup')
      assert.deepInclude(heard[0] as object, { orderId: order.id })
    } finally {
      emitter.off('order:event', listener)
    }
  })
})
