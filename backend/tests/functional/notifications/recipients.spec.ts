import emitter from '@adonisjs/core/services/emitter'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import type User from '#accounts/models/user'
import Notification from '#notifications/models/notification'
import { renderNotification } from '#notifications/notification_texts'
import { formatMoney } from '#core/money_format'
import NotifyEventJob from '#notifications/jobs/notify_event_job'
import { isolateDatabase } from '#tests/helpers'
import {
  makeAssignedOrder,
  makeOrder,
  makeUser,
  makeWorld,
  type World,
} from '#tests/fixtures/marketplace'
import { PNG } from '#tests/fleet_fixtures'
import { kindsOf, listenToEvents } from '#tests/notifications_fixtures'

/** Everyone of the world, named, so a failure says who heard what. */
function everyone(world: World) {
  return {
    shipper: world.shipper,
    colleague: world.colleague,
    otherShipper: world.otherShipper,
    driver: world.carrier.driver,
    dispatcher: world.carrier.dispatcher,
    otherDriver: world.otherCarrier.driver,
    otherDispatcher: world.otherCarrier.dispatcher,
    platformDispatcher: world.platformDispatcher,
    admin: world.admin,
  }
}

/** Who got which kinds, by name; names with nothing are left out. */
async function told(world: World) {
  const people = everyone(world)
  const kinds = await kindsOf(Object.values(people))
  const result: Record<string, string[]> = {}
  for (const [name, user] of Object.entries(people)) {
    const list = kinds.get(user as User)!
    if (list.length) result[name] = list
  }
  return result
}

const bidBody = (world: World, amount = 4_000_000) => ({
  amount,
  currency: 'KES',
  vehicleId: world.carrier.vehicle.id,
  estimatedPickupAt: DateTime.now().plus({ hours: 3 }).toISO(),
})

test.group('Notifications: each event reaches the right people and no one else', (group) => {
  isolateDatabase(group)
  let listening: ReturnType<typeof listenToEvents>
  group.each.setup(() => {
    listening = listenToEvents()
    const disk = drive.fake('fs')
    void disk
    return () => {
      drive.restore('fs')
      listening.restore()
    }
  })

  test('a bid tells the shipper who posted the order; accepting it tells the bidder and the driver, and the losing bidder', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })

    await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world))
      .loginAs(world.carrier.driver)
      .then((r) => r.assertStatus(201))
    const rival = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json({ ...bidBody(world, 4_200_000), vehicleId: world.otherCarrier.vehicle.id })
      .loginAs(world.otherCarrier.dispatcher)
    rival.assertStatus(201)
    const ran = await listening.queue.drain((sent) => sent.job === NotifyEventJob)
    assert.isAtLeast(ran.length, 2)
    // Two bids within five minutes: one notice that counts them.
    assert.deepEqual(await told(world), { shipper: ['bid_placed'] })
    const [notice] = await Notification.query().where('user_id', world.shipper.id)
    assert.equal(notice.count, 2)

    const bids = await client.get(`/api/v1/orders/${order.id}/bids`).loginAs(world.shipper)
    const bid = bids.body()
    const mine = (bid.data ?? bid).find(
      (b: { carrierOrganisationId: number }) =>
        b.carrierOrganisationId === world.carrier.organisation.id
    )
    await client
      .post(`/api/v1/orders/${order.id}/accept-bid`)
      .json({ bidId: mine.id })
      .loginAs(world.shipper)
      .then((r) => r.assertStatus(200))
    await listening.queue.drain((sent) => sent.job === NotifyEventJob)

    assert.deepEqual(await told(world), {
      shipper: ['bid_placed'],
      driver: ['job_assigned'],
      dispatcher: ['bid_accepted'],
      otherDispatcher: ['bid_rejected'],
    })
  })

  test('the driver’s moves and the proof tell the shipper; confirmation tells the carrier side; nobody else hears', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, { paymentMethod: 'cash' })
    const url = `/api/v1/orders/${order.id}/status`
    const driver = world.carrier.driver
    for (const status of ['pickup_pending', 'picked_up', 'in_transit']) {
      const response = await client.post(url).json({ status }).loginAs(driver)
      response.assertStatus(200)
    }
    const proof = await client
      .post(`/api/v1/orders/${order.id}/proof-of-delivery`)
      .fields({ receiverName: 'Wanjiku', receiverPhone: '+254722000111' })
      .file('photo', PNG, { filename: 'pod.png' })
      .file('signature', PNG, { filename: 'sig.png' })
      .loginAs(driver)
    proof.assertStatus(201)
    await client
      .post(`/api/v1/orders/${order.id}/confirm-delivery`)
      .loginAs(world.shipper)
      .then((r) => r.assertStatus(200))
    await listening.queue.drain((sent) => sent.job === NotifyEventJob)

    assert.deepEqual(await told(world), {
      shipper: ['driver_arrived', 'picked_up', 'delivered'],
      driver: ['order_completed'],
      dispatcher: ['order_completed'],
    })
  })

  test('a dispute tells the carrier side and the admins; its resolution tells both sides', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'delivered',
      deliveredAt: DateTime.now(),
    })
    const disputed = await client
      .post(`/api/v1/orders/${order.id}/dispute`)
      .fields({ reason: 'damaged', description: 'Two sacks torn' })
      .loginAs(world.shipper)
    disputed.assertStatus(201)
    await client
      .post(`/api/v1/admin/disputes/${disputed.body().dispute.id}/decision`)
      .json({ decision: 'pay_carrier', note: 'Carrier refunds two sacks' })
      .loginAs(world.admin)
      .then((r) => r.assertStatus(200))
    await listening.queue.drain((sent) => sent.job === NotifyEventJob)

    assert.deepEqual(await told(world), {
      shipper: ['dispute_resolved'],
      driver: ['order_disputed', 'dispute_resolved'],
      dispatcher: ['order_disputed', 'dispute_resolved'],
      admin: ['order_disputed'],
    })
  })

  test('a cancelled order tells the assigned carrier side; a dispatcher who left the carrier is not told', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const leaver = await makeUser('dispatcher', world.carrier.organisation)
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    await client
      .post(`/api/v1/orders/${order.id}/cancel`)
      .json({ reason: 'No longer needed' })
      .loginAs(world.shipper)
      .then((r) => r.assertStatus(200))
    leaver.organisationId = null
    await leaver.save()
    await listening.queue.drain((sent) => sent.job === NotifyEventJob)

    assert.deepEqual(await told(world), {
      driver: ['order_cancelled'],
      dispatcher: ['order_cancelled'],
    })
    assert.lengthOf(await Notification.query().where('user_id', leaver.id), 0)
  })

  test('one event handled twice (a retried job, two API nodes) notifies each person once', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json(bidBody(world))
      .loginAs(world.carrier.driver)
      .then((r) => r.assertStatus(201))
    await new Promise((resolve) => setImmediate(resolve))
    const [sent] = listening.queue.sent.filter((s) => s.job === NotifyEventJob)
    listening.queue.sent.push({ ...sent }, { ...sent })
    await listening.queue.drain((s) => s.job === NotifyEventJob)

    const notices = await Notification.query().where('user_id', world.shipper.id)
    assert.lengthOf(notices, 1)
    assert.equal(notices[0].count, 1)
  })

  test('a chat message tells the participants who have not read it a minute later; its sender and readers are not told', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const chat = `/api/v1/orders/${order.id}/chat/messages`
    const first = await client
      .post(chat)
      .json({ clientId: 'chat-away-1', body: 'Loading now' })
      .loginAs(world.carrier.driver)
    first.assertStatus(201)
    await new Promise((resolve) => setImmediate(resolve))
    const [waiting] = listening.queue.sent.filter((sent) => sent.job === NotifyEventJob)
    assert.isAbove(Number(waiting.options.startAfter), 59)
    // The shipper read it within the minute; the dispatcher did not.
    await client
      .post(`/api/v1/orders/${order.id}/chat/read`)
      .json({ upTo: first.body().id })
      .loginAs(world.shipper)
      .then((r) => r.assertStatus(200))
    waiting.options.startAfter = undefined
    await listening.queue.drain((sent) => sent.job === NotifyEventJob)

    assert.deepEqual(await told(world), { dispatcher: ['chat_message'] })
    const response = await client.get('/api/v1/notifications').loginAs(world.carrier.dispatcher)
    assert.equal(
      response.body().data[0].body,
      `Order “maize · Industrial Area, Nairobi → Nakuru town”, ${world.carrier.driver.name}: Loading now`
    )
  })

  test('money: a payment result or a refund tells the shipper who paid, a payout tells whoever runs the carrier; each once', async ({
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const payment = {
      paymentId: 41,
      orderId: order.id,
      userId: world.shipper.id,
      amount: 4_500_000,
      currency: 'KES',
      provider: 'mpesa',
    }
    await emitter.emit('money:payment_failed', { ...payment, reason: 'insufficient_funds' })
    await emitter.emit('money:payment_received', payment)
    await emitter.emit('money:payment_received', payment)
    const refund = { ...payment, payoutId: 9, amount: 1_000_000 }
    await emitter.emit('money:refund_sent', refund)
    await emitter.emit('money:refund_sent', refund)
    await emitter.emit('money:payout_sent', {
      payoutId: 7,
      organisationId: world.carrier.organisation.id,
      amount: 4_000_000,
      currency: 'KES',
      provider: 'mpesa',
    })
    await listening.queue.drain((sent) => sent.job === NotifyEventJob)

    assert.deepEqual(await told(world), {
      shipper: ['payment_failed', 'payment_received', 'refund_sent'],
      dispatcher: ['payout_sent'],
    })
    const [refunded] = await Notification.query()
      .where('user_id', world.shipper.id)
      .where('kind', 'refund_sent')
    assert.deepEqual(renderNotification(refunded.kind, refunded.params, 'en'), {
      title: 'Refund sent: order “maize · Industrial Area, Nairobi → Nakuru town”',
      body: `${formatMoney(1_000_000, 'KES', 'en')} for order “maize · Industrial Area, Nairobi → Nakuru town” was sent back to the number that paid.`,
    })
    assert.isTrue(refunded.critical)
    const [failed] = await Notification.query()
      .where('user_id', world.shipper.id)
      .where('kind', 'payment_failed')
    assert.isTrue(failed.critical)
  })
})
