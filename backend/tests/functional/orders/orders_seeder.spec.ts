import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import { isolateDatabase } from '#tests/helpers'
import AccountsSeeder from '#database/seeders/accounts_seeder'
import FleetSeeder from '#database/seeders/fleet_seeder'
import OrdersSeeder from '#database/seeders/orders_seeder'
import Order, { ORDER_STATUSES } from '#orders/models/order'
import { countRows } from '#tests/fixtures/marketplace'

test.group('orders demo seeder', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('seeds orders in every state on the four corridors, with timelines; re-running adds nothing', async ({
    assert,
  }) => {
    await new AccountsSeeder(db.connection()).run()
    await new FleetSeeder(db.connection()).run()
    await new OrdersSeeder(db.connection()).run()
    const counts = async () => ({
      orders: await countRows('orders'),
      events: await countRows('order_events'),
      bids: await countRows('bids'),
      proofs: await countRows('proofs_of_delivery'),
      disputes: await countRows('disputes'),
      ratings: await countRows('ratings'),
    })
    const first = await counts()
    await new OrdersSeeder(db.connection()).run()
    assert.deepEqual(await counts(), first)

    const orders = await Order.query().orderBy('id')
    assert.sameMembers([...new Set(orders.map((o) => o.status))], [...ORDER_STATUSES])
    assert.isAbove(first.events, orders.length)
    assert.isAbove(first.bids, 3)
    // One active order per driver at most.
    const active = orders.filter((o) =>
      ['assigned', 'pickup_pending', 'picked_up', 'in_transit'].includes(o.status)
    )
    assert.equal(new Set(active.map((o) => o.assignedDriverId)).size, active.length)
    assert.includeMembers(
      orders.map((o) => o.dropoffAddress),
      [
        'Marché Ocass, Touba',
        'Quai de pêche, Saint-Louis',
        'Eldoret, Uasin Gishu',
        'Wakulima Market, Nairobi',
      ]
    )
    const mombasa = orders.find((o) => o.pickupAddress === 'Kilindini Port, Mombasa')!
    assert.deepEqual(mombasa.pickup, { lat: -4.0435, lng: 39.6682 })
    // A lived-in history: old orders are old, their timeline runs from creation to the last step.
    const done = orders.find((o) => o.status === 'completed' && o.currency === 'XOF')!
    assert.isBelow(done.createdAt.toMillis(), Date.now() - 90 * 3_600_000)
    assert.isAbove(done.completedAt!.toMillis(), done.deliveredAt!.toMillis())
  })
})
