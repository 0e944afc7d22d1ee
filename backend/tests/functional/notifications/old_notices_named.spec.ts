import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Notification from '#notifications/models/notification'
import type { TextParams } from '#notifications/notification_texts'
import { nameOldNotices } from '#notifications/name_old_notices'
import { orderName } from '#orders/order_name'
import { isolateDatabase } from '#tests/helpers'
import { makeOrder, makeOrganisation, makeUser } from '#tests/fixtures/marketplace'

/**
 * Notices stored before orders had names kept only the order's id: the
 * migration `name_old_notices` gives each its order's name, so the
 * notifications page says "maize · Industrial Area, Nairobi → Nakuru town",
 * never "#12".
 */
test.group('notifications / notices stored before orders had names', (group) => {
  isolateDatabase(group)

  test('are named by their order, in every language; the run is safe to repeat', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const dispatcher = await makeUser('dispatcher', await makeOrganisation('carrier'))
    const order = await makeOrder(shipper)
    const old = (params: TextParams, orderId: number | null = order.id) =>
      Notification.create({
        userId: dispatcher.id,
        kind: 'bid_rejected',
        critical: false,
        orderId,
        count: 1,
        params,
      })
    const byColumn = await old({ orderId: order.id })
    const byParamOnly = await old({ orderId: order.id }, null)
    const named = await old({ orderId: order.id, order: 'maize · as it was named' })

    const before = await client.get('/api/v1/notifications').loginAs(dispatcher)
    assert.include(before.body().data[0].body + before.body().data[1].body, `#${order.id}`)

    assert.equal(await nameOldNotices(db.connection()), 2)
    assert.equal(await nameOldNotices(db.connection()), 0, 'nothing left to name')

    const after = await client.get('/api/v1/notifications').loginAs(dispatcher)
    const bodies = new Map(
      after.body().data.map((n: { id: number; body: string }) => [n.id, n.body])
    )
    assert.equal(
      bodies.get(byColumn.id),
      `The shipper chose another bid on order “${orderName(order)}”.`
    )
    assert.equal(bodies.get(byParamOnly.id), bodies.get(byColumn.id))
    assert.include(bodies.get(named.id), 'maize · as it was named')
    for (const body of bodies.values()) assert.notInclude(body, '#')

    dispatcher.locale = 'sw'
    await dispatcher.save()
    const swahili = await client.get('/api/v1/notifications').loginAs(dispatcher)
    assert.include(swahili.body().data.at(-1).body, orderName(order))
  })
})
