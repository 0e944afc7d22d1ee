import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Socket } from 'socket.io-client'
import type User from '#accounts/models/user'
import type Order from '#orders/models/order'
import DeliverNotificationJob from '#notifications/jobs/deliver_notification_job'
import NotifyEventJob from '#notifications/jobs/notify_event_job'
import NotificationDelivery from '#notifications/models/notification_delivery'
import PushDevice from '#notifications/models/push_device'
import type { NotificationKind } from '#notifications/notification_kinds'
import NotificationService from '#notifications/services/notification_service'
import NotificationDeliveryService from '#notifications/services/notification_delivery_service'
import notificationsConfig from '#config/notifications'
import SmsMessage from '#sms/models/sms_message'
import { isolateDatabase } from '#tests/helpers'
import { makeOrder, makeOrganisation, makeUser, makeWorld } from '#tests/fixtures/marketplace'
import { orderName } from '#orders/order_name'
import { listenToEvents } from '#tests/notifications_fixtures'
import {
  connected,
  nextEvent,
  socketFor,
  startRealtime,
  stopRealtime,
  tokenFor,
} from '#tests/tracking_fixtures'

const TOKEN = 'fcm-token-of-a-phone-0123456789'

let order: Order | undefined

/** The name of the made-up order #12 (cargo and places, as `orderName` says it). */
const TWELVE = 'sugar · Moi Avenue → Thika'

/** Tells `user` of something about order #12 (or the test's order when it made one). */
async function notify(
  user: User,
  kind: NotificationKind,
  params = {},
  eventKey = `test:${Math.random()}`
) {
  const service = await app.container.make(NotificationService)
  return service.notify([
    {
      userId: user.id,
      kind,
      eventKey,
      orderId: order?.id ?? null,
      params: { orderId: order?.id ?? 12, order: order ? orderName(order) : TWELVE, ...params },
    },
  ])
}

/** An order the notices are about, so they link to its page. */
async function aboutAnOrder() {
  const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
  order = await makeOrder(shipper)
  return order
}

const devicesWhere = (column: string, value: unknown) =>
  PushDevice.query()
    .where(column, value as string)
    .then((rows) => rows.length)

const deliveriesOf = (user: User) =>
  NotificationDelivery.query().where('user_id', user.id).orderBy('id')

test.group('Notifications: in-app list, unread count, read; only the owner sees them', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    order = undefined
  })
  let listening: ReturnType<typeof listenToEvents>
  group.each.setup(() => {
    listening = listenToEvents()
    return () => listening.restore()
  })

  test('each reader gets the notice in their own language, with plural and money rules', async ({
    client,
    assert,
  }) => {
    const shippers = {
      en: await makeUser('shipper', await makeOrganisation('shipper')),
      fr: await makeUser('shipper', await makeOrganisation('shipper')),
      sw: await makeUser('shipper', await makeOrganisation('shipper')),
    }
    const params = { carrier: 'Rift Valley Haulage', amount: { minor: 4_000_000, currency: 'KES' } }
    for (const [locale, user] of Object.entries(shippers)) {
      user.locale = locale as User['locale']
      await user.save()
      await notify(user, 'bid_placed', params, 'bid:1')
      await notify(user, 'bid_placed', params, 'bid:2')
    }
    const titles: Record<string, string> = {}
    const bodies: Record<string, string> = {}
    for (const [locale, user] of Object.entries(shippers)) {
      const response = await client.get('/api/v1/notifications').loginAs(user)
      response.assertStatus(200)
      titles[locale] = response.body().data[0].title
      bodies[locale] = response.body().data[0].body
    }
    // Without a burst window each bid is its own notice; one of them is read here.
    assert.equal(titles.en, `New bid on order “${TWELVE}”`)
    assert.equal(titles.fr, `Nouvelle offre sur la commande «\u00a0${TWELVE}\u00a0»`)
    assert.equal(titles.sw, `Zabuni mpya kwa oda “${TWELVE}”`)
    assert.match(
      bodies.en,
      /^Order “sugar · Moi Avenue → Thika”: Rift Valley Haulage bids KES\s40,000\.$/
    )
    assert.match(
      bodies.fr,
      /^Commande «\u00a0sugar · Moi Avenue → Thika\u00a0»\u00a0: Rift Valley Haulage propose KES\s40\s000\.$/
    )
    assert.match(
      bodies.sw,
      /^Oda “sugar · Moi Avenue → Thika”: Rift Valley Haulage anatoa KES\s40,000\.$/
    )
  })

  test('an order notice opens the page its reader may open, as the policies say, not by role', async ({
    client,
    assert,
  }) => {
    const { id } = await aboutAnOrder()
    const readers = {
      carrierDispatcher: await makeUser('dispatcher', await makeOrganisation('carrier')),
      // No carrier: the fleet map would refuse them, so the notice opens their list.
      dispatcherWithoutCarrier: await makeUser('dispatcher'),
      shipper: await makeUser('shipper', await makeOrganisation('shipper')),
    }
    const links: Record<string, string> = {}
    for (const [who, user] of Object.entries(readers)) {
      await notify(user, 'order_cancelled')
      const list = await client.get('/api/v1/notifications').loginAs(user)
      list.assertStatus(200)
      links[who] = list.body().data[0].link
    }
    assert.deepEqual(links, {
      carrierDispatcher: '/dispatch',
      dispatcherWithoutCarrier: '/notifications',
      shipper: `/orders/${id}`,
    })
  })

  test('GET lists my notices newest first with the unread count; POST read marks mine and never another’s', async ({
    client,
    assert,
  }) => {
    const me = await makeUser('driver', await makeOrganisation('carrier'))
    const other = await makeUser('driver', await makeOrganisation('carrier'))
    const { id } = await aboutAnOrder()
    const [first] = await notify(me, 'order_cancelled')
    await notify(me, 'order_completed')
    const [theirs] = await notify(other, 'order_cancelled')

    const list = await client.get('/api/v1/notifications').loginAs(me)
    list.assertStatus(200)
    assert.deepEqual(
      list.body().data.map((n: { kind: string }) => n.kind),
      ['order_completed', 'order_cancelled']
    )
    assert.equal(list.body().meta.unread, 2)
    assert.equal(list.body().data[0].link, `/driver/jobs/${id}`)

    const read = await client
      .post('/api/v1/notifications/read')
      .json({ ids: [first.id, theirs.id] })
      .loginAs(me)
    read.assertStatus(200)
    assert.deepEqual(read.body(), { unread: 1 })
    const theirsNow = await client.get('/api/v1/notifications/unread-count').loginAs(other)
    assert.deepEqual(theirsNow.body(), { unread: 1 })

    await client.post('/api/v1/notifications/read').json({ all: true }).loginAs(me)
    const after = await client.get('/api/v1/notifications?unread=true').loginAs(me)
    assert.lengthOf(after.body().data, 0)
    assert.equal(after.body().meta.unread, 0)
  })

  test('bad input is a 422 naming the field; no token is a 401', async ({ client }) => {
    const me = await makeUser('shipper', await makeOrganisation('shipper'))
    const empty = await client.post('/api/v1/notifications/read').json({}).loginAs(me)
    empty.assertStatus(422)
    const words = await client
      .post('/api/v1/notifications/read')
      .json({ ids: ['x'] })
      .loginAs(me)
    words.assertStatus(422)
    const paging = await client.get('/api/v1/notifications?perPage=1000').loginAs(me)
    paging.assertStatus(422)
    const anonymous = await client.get('/api/v1/notifications')
    anonymous.assertStatus(401)
  })
})

test.group('Notifications: live over the socket to the recipient only', (group) => {
  isolateDatabase(group)
  let url: string
  const sockets: Socket[] = []
  let listening: ReturnType<typeof listenToEvents>
  group.setup(async () => {
    url = await startRealtime()
    return () => stopRealtime()
  })
  group.each.setup(() => {
    listening = listenToEvents()
    return () => {
      sockets.splice(0).forEach((s) => s.disconnect())
      listening.restore()
    }
  })

  test('a bid reaches the shipper’s sockets as `notification`, in their language; the bidder and others get nothing', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    world.shipper.locale = 'fr'
    await world.shipper.save()
    const open = async (user: User) => {
      const socket = socketFor(url, await tokenFor(user))
      sockets.push(socket)
      await connected(socket)
      return socket
    }
    const shipperSocket = await open(world.shipper)
    const others = [
      await open(world.colleague),
      await open(world.carrier.driver),
      await open(world.admin),
    ]
    const heard: unknown[] = []
    others.forEach((socket) => socket.on('notification', (n) => heard.push(n)))

    const posted = await makeOrder(world.shipper, { status: 'posted' })
    const live = nextEvent(shipperSocket, 'notification')
    await client
      .post(`/api/v1/orders/${posted.id}/bids`)
      .json({
        amount: 4_000_000,
        currency: 'KES',
        vehicleId: world.carrier.vehicle.id,
        estimatedPickupAt: DateTime.now().plus({ hours: 3 }).toISO(),
      })
      .loginAs(world.carrier.driver)
      .then((r) => r.assertStatus(201))
    await listening.queue.drain((sent) => sent.job === NotifyEventJob)

    const notification = await live
    assert.containsSubset(notification, {
      kind: 'bid_placed',
      orderId: posted.id,
      count: 1,
      read: false,
      link: `/orders/${posted.id}`,
      // The order by its cargo and places (the API's `Order.name`), never "n°<id>".
      title:
        'Nouvelle offre sur la commande «\u00a0maize · Industrial Area, Nairobi → Nakuru town\u00a0»',
    })
    await new Promise((resolve) => setTimeout(resolve, 200))
    assert.deepEqual(heard, [])
  })
})

test.group('Notifications: push, SMS, fallback, retries, pruning, bounds', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    order = undefined
  })
  let listening: ReturnType<typeof listenToEvents>
  group.each.setup(() => {
    listening = listenToEvents()
    return () => listening.restore()
  })

  const register = async (client: any, user: User, token = TOKEN) => {
    const response = await client.post('/api/v1/push/devices').json({ token }).loginAs(user)
    response.assertStatus(201)
  }
  const deliver = () => listening.queue.drain((sent) => sent.job === DeliverNotificationJob)

  test('a registered device gets the push with the link to open; running the job again sends nothing twice', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const { id } = await aboutAnOrder()
    await register(client, shipper)
    await notify(shipper, 'picked_up')
    const [job] = listening.queue.sent
    listening.queue.sent.push({ ...job })
    await deliver()

    assert.lengthOf(listening.push.sent, 1)
    assert.containsSubset(listening.push.sent[0], {
      token: TOKEN,
      title: 'Picked up: order “maize · Industrial Area, Nairobi → Nakuru town”',
      link: `/orders/${id}`,
      data: { kind: 'picked_up', orderId: String(id) },
    })
    const rows = await deliveriesOf(shipper)
    assert.deepEqual(
      rows.map((r) => [r.channel, r.status]),
      [['push', 'sent']]
    )
    // Not critical and SMS not chosen: no text.
    assert.lengthOf(listening.sms.sent, 0)
  })

  test('UNREGISTERED prunes the token; a critical notice then falls back to SMS, once', async ({
    client,
    assert,
  }) => {
    const driver = await makeUser('driver', await makeOrganisation('carrier'))
    await register(client, driver)
    listening.push.answer = () => ({
      status: 'invalid_token',
      error: 'messaging/registration-token-not-registered',
    })
    await notify(driver, 'job_assigned', { pickup: 'Industrial Area' })
    await deliver()

    assert.equal(await devicesWhere('user_id', driver.id), 0)
    assert.deepEqual(listening.sms.sent, [
      // The SMS in GSM-7: the name's "·", "→" and quotes as their plain stand-ins.
      {
        to: driver.phone,
        body: 'Order "sugar - Moi Avenue -> Thika" is assigned to you. Pickup: Industrial Area.',
      },
    ])
    const rows = await deliveriesOf(driver)
    assert.deepEqual(
      rows.map((r) => [r.channel, r.status]),
      [
        ['push', 'pruned'],
        ['sms', 'sent'],
      ]
    )
    const sms = await SmsMessage.findOrFail(rows[1].smsMessageId!)
    assert.deepInclude(sms.toJSON(), { encoding: 'GSM-7', segments: 1 })
  })

  test('429 with Retry-After: the job comes back after that wait, and the push is sent once when FCM accepts', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    await register(client, shipper)
    listening.push.answer = () => ({
      status: 'retry',
      error: 'messaging/message-rate-exceeded',
      retryAfterSeconds: 120,
    })
    await notify(shipper, 'picked_up')
    const before = Date.now()
    await deliver()

    const [again] = listening.queue.sent
    assert.equal(again.job, DeliverNotificationJob)
    assert.equal(again.data.attempt, 2)
    const wait = (again.options.startAfter as Date).getTime() - before
    assert.isAbove(wait, 119_000)
    assert.isBelow(wait, 125_000)
    assert.lengthOf(listening.push.sent, 0)

    listening.push.answer = () => ({ status: 'sent', messageId: 'projects/t/messages/2' })
    again.options.startAfter = undefined
    await deliver()
    assert.lengthOf(listening.push.sent, 1)
    const [row] = await deliveriesOf(shipper)
    assert.deepInclude(row.toJSON(), { status: 'sent', attempts: 2 })
  })

  test('retries are bounded: after the last attempt the push is marked failed and no job comes back', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    await register(client, shipper)
    listening.push.answer = () => ({ status: 'retry', error: 'messaging/server-unavailable' })
    const [notice] = await notify(shipper, 'picked_up')
    listening.queue.sent = []
    const job = await app.container.make(DeliverNotificationJob)
    const result = await job.handle({
      notificationId: notice.id,
      attempt: notificationsConfig.maxAttempts,
    })

    assert.deepEqual(result, { done: true })
    assert.lengthOf(listening.queue.sent, 0)
    const [row] = await deliveriesOf(shipper)
    assert.equal(row.status, 'failed')
  })

  test('ten bids in the burst window are one push and one SMS that say ten', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    await register(client, shipper)
    await client
      .patch('/api/v1/notifications/preferences')
      .json({ kinds: { bid_placed: { sms: true } } })
      .loginAs(shipper)
      .then((r) => r.assertStatus(200))
    const service = await app.container.make(NotificationService)
    for (let i = 1; i <= 10; i++) {
      await service.notify([
        {
          userId: shipper.id,
          kind: 'bid_placed',
          eventKey: `burst:${i}`,
          orderId: null,
          groupKey: 'bid_placed:order:12',
          params: {
            orderId: 12,
            order: TWELVE,
            carrier: `Carrier ${i}`,
            amount: { minor: 100_000 * i, currency: 'KES' },
          },
        },
      ])
    }
    assert.lengthOf(listening.queue.sent, 1)
    assert.isTrue(
      (listening.queue.sent[0].options.startAfter as Date).getTime() > Date.now() + 200_000
    )
    await db
      .from('notifications')
      .where('group_key', 'bid_placed:order:12')
      .update({ group_closes_at: new Date(Date.now() - 1000) })
    listening.queue.sent[0].options.startAfter = undefined
    await deliver()

    assert.lengthOf(listening.push.sent, 1)
    assert.equal(listening.push.sent[0].title, `10 new bids on order “${TWELVE}”`)
    assert.deepEqual(
      listening.sms.sent.map((s) => s.body),
      ['Order "sugar - Moi Avenue -> Thika": 10 new bids, the latest KES 10,000 from Carrier 10.']
    )
  })

  test('preferences: push turned off for a kind sends none; SMS turned on sends one; GET shows the choice', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    await register(client, shipper)
    const saved = await client
      .patch('/api/v1/notifications/preferences')
      .json({ kinds: { picked_up: { push: false, sms: true } } })
      .loginAs(shipper)
    saved.assertStatus(200)
    assert.deepEqual(saved.body().kinds.picked_up, { in_app: true, push: false, sms: true })
    assert.deepEqual(saved.body().kinds.delivered, { in_app: true, push: true, sms: true })
    assert.deepEqual(saved.body().kinds.bid_placed, { in_app: true, push: true, sms: false })
    await notify(shipper, 'picked_up')
    await deliver()
    assert.lengthOf(listening.push.sent, 0)
    assert.lengthOf(listening.sms.sent, 1)

    const wrong = await client
      .patch('/api/v1/notifications/preferences')
      .json({ quietHours: { from: '25:00', to: '06:00' } })
      .loginAs(shipper)
    wrong.assertStatus(422)
  })

  test('quiet hours hold a notice back until they end; a critical one goes through at once', async ({
    client,
    assert,
  }) => {
    const driver = await makeUser('driver', await makeOrganisation('carrier'))
    await register(client, driver)
    // Quiet for the whole day but this minute... in Nairobi: from one minute ago to one minute before that.
    const local = DateTime.now().setZone('Africa/Nairobi')
    const from = local.minus({ minutes: 1 }).toFormat('HH:mm')
    const to = local.minus({ minutes: 2 }).toFormat('HH:mm')
    await client
      .patch('/api/v1/notifications/preferences')
      .json({ quietHours: { from, to } })
      .loginAs(driver)
      .then((r) => r.assertStatus(200))
    await notify(driver, 'order_completed')
    await notify(driver, 'job_assigned', { pickup: 'Nakuru' })
    await deliver()

    assert.deepEqual(
      listening.push.sent.map((p) => p.data.kind),
      ['job_assigned']
    )
    const [held] = listening.queue.sent
    assert.equal(held.job, DeliverNotificationJob)
    const waits = (held.options.startAfter as Date).getTime() - Date.now()
    assert.isAbove(waits, 22 * 3600_000)
  })

  test('per-user bound: past the hourly number of texts, the rest are suppressed, not sent', async ({
    client,
    assert,
  }) => {
    const driver = await makeUser('driver', await makeOrganisation('carrier'))
    const service = await app.container.make(NotificationDeliveryService)
    app.container.swap(NotificationDeliveryService, () => {
      service.config = {
        ...notificationsConfig,
        limits: { ...notificationsConfig.limits, smsPerUserHour: 2 },
      }
      return service
    })
    try {
      for (let i = 0; i < 4; i++) await notify(driver, 'order_cancelled')
      await deliver()
    } finally {
      app.container.restore(NotificationDeliveryService)
    }
    assert.lengthOf(listening.sms.sent, 2)
    const rows = await deliveriesOf(driver)
    assert.deepEqual(
      rows.map((r) => r.status),
      ['sent', 'sent', 'suppressed', 'suppressed']
    )
    void client
  })

  test('devices: registering twice keeps one; another user registering the same token takes it over; DELETE forgets only mine', async ({
    client,
    assert,
  }) => {
    const first = await makeUser('shipper', await makeOrganisation('shipper'))
    const second = await makeUser('shipper', await makeOrganisation('shipper'))
    await register(client, first)
    await register(client, first)
    assert.equal(await devicesWhere('token', TOKEN), 1)
    await register(client, second)
    const device = await PushDevice.findByOrFail('token', TOKEN)
    assert.equal(device.userId, second.id)

    await client
      .delete('/api/v1/push/devices')
      .json({ token: TOKEN })
      .loginAs(first)
      .then((r) => r.assertStatus(204))
    assert.equal(await devicesWhere('token', TOKEN), 1)
    await client
      .delete('/api/v1/push/devices')
      .json({ token: TOKEN })
      .loginAs(second)
      .then((r) => r.assertStatus(204))
    assert.equal(await devicesWhere('token', TOKEN), 0)

    const short = await client.post('/api/v1/push/devices').json({ token: 'x' }).loginAs(first)
    short.assertStatus(422)
  })
})
