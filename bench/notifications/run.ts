/**
 * Notifications and chat benchmark (bench/README.md), in one process on
 * loopback against the real backend (console environment) and the
 * DATABASE_URL database:
 *
 * 1. fan-out: one status change of an order carried by a carrier run by
 *    BENCH_MEMBERS dispatchers (each with a push device) goes through the
 *    whole pipeline (listener -> event job -> one notice per person ->
 *    delivery jobs -> firebase-admin -> a local FCM HTTP v1 stand-in), then a
 *    dispute does the same with SMS too (Africa's Talking stand-in).
 *    Yardstick: the same number of pushes sent straight through the same
 *    FcmPushSender to the same stand-in.
 * 2. chat: BENCH_CHAT_PAIRS shipper/driver pairs on their orders; each driver
 *    emits `chat:send` at each of BENCH_CHAT_RATES per second for BENCH_CHAT_SECONDS;
 *    latency is emit -> the shipper's `chat:message`. Yardstick: a bare
 *    Socket.IO relay (no auth, validation, database) with the same clients.
 * Jobs run inline (no pg-boss polling in the measure). Rows are removed after.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { io as connect, type Socket } from 'socket.io-client'
import { DateTime } from 'luxon'
import { bootBackend } from '../tracking/app.js'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const MEMBERS = env('BENCH_MEMBERS', 500)
const PAIRS = env('BENCH_CHAT_PAIRS', 50)
const RATES = (process.env.BENCH_CHAT_RATES ?? '0.5,2').split(',').map(Number)
const SECONDS = env('BENCH_CHAT_SECONDS', 10)

const { app, load } = await bootBackend()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { default: User } = await load('app/accounts/models/user.ts')
const { default: Organisation } = await load('app/accounts/models/organisation.ts')
const { default: Order } = await load('app/orders/models/order.ts')
const { default: OrderEventService } = await load('app/orders/services/order_event_service.ts')
const { default: PushDevice } = await load('app/notifications/models/push_device.ts')
const { default: NotificationEvents } = await load('app/notifications/services/notification_events.ts')
const { default: PushSender } = await load('app/notifications/push_sender.ts')
const { default: notificationsConfig } = await load('config/notifications.ts')
const { default: SmsSender } = await load('app/sms/sms_sender.ts')
const { default: AfricasTalkingSmsSender } = await load('app/sms/senders/africas_talking_sms_sender.ts')
const { RecordingQueue } = await load('tests/notifications_fixtures.ts')
const { FCM_REPLIES, startFcmStandIn } = await load('tests/fcm_stand_in.ts')
const { startFakeProvider } = await load('tests/fake_http_server.ts')
const { attachRealtime } = await load('providers/realtime_provider.ts')
const { default: QueueService } = await load('app/core/services/queue_service.ts')

const stamp = `bench-n-${Date.now() % 1e6}`
const createdOrgs: number[] = []
const phone = (n: number) => `+2547${String(n).padStart(8, '0')}`
let phones = 93_000_000

async function org(kind: string) {
  const o = await Organisation.create({ name: `${stamp} ${kind}`, kind, country: 'KE' })
  createdOrgs.push(o.id)
  return o
}
async function users(count: number, role: string, organisationId: number) {
  const rows = Array.from({ length: count }, (_, i) => ({
    phone: phone(phones++),
    name: `${stamp} ${role} ${i}`,
    role,
    organisationId,
    locale: (['en', 'fr', 'sw'] as const)[i % 3],
  }))
  return User.createMany(rows)
}
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

// The pipeline's outside systems: stand-ins on loopback.
const fcm = await startFcmStandIn(FCM_REPLIES.ok)
const at = await startFakeProvider((request: { form: URLSearchParams }) => ({
  status: 201,
  body: {
    SMSMessageData: {
      Message: 'Sent to 1/1',
      Recipients: [{ statusCode: 101, number: request.form.get('to'), status: 'Success', cost: 'KES 0.8000', messageId: `ATXid_${Math.random()}` }],
    },
  },
}))
app.container.swap(PushSender, () => fcm.sender)
app.container.swap(SmsSender, () => new AfricasTalkingSmsSender({ username: 'bench', apiKey: 'k', baseUrl: at.url }))
notificationsConfig.limits.pushPerUserHour = 1e9
notificationsConfig.limits.smsPerUserHour = 1e9
notificationsConfig.limits.smsPerMinute = 1e9

// Jobs inline: the measure is the pipeline's work, not pg-boss' polling interval.
const queue = new RecordingQueue()
app.container.swap(QueueService, () => queue)
;(await app.container.make(NotificationEvents)).unsubscribe()
const events = new NotificationEvents(queue)
events.subscribe()

const lines: string[] = []
try {
  // 1. Fan-out
  const carrier = await org('carrier')
  const shipperOrg = await org('shipper')
  const [shipper] = await users(1, 'shipper', shipperOrg.id)
  const [driver] = await users(1, 'driver', carrier.id)
  const dispatchers = await users(MEMBERS, 'dispatcher', carrier.id)
  await PushDevice.createMany(
    [driver, ...dispatchers].map((u: { id: number }) => ({ userId: u.id, token: `${stamp}-token-${u.id}`, platform: 'web', lastSeenAt: DateTime.now() }))
  )
  const order = await Order.create({
    shipperId: shipper.id,
    shipperOrganisationId: shipperOrg.id,
    status: 'delivered',
    pickup: { lat: -1.3, lng: 36.8 },
    pickupAddress: 'Industrial Area',
    dropoff: { lat: -0.3, lng: 36.08 },
    dropoffAddress: 'Nakuru',
    cargoKind: 'maize',
    cargoWeightKg: 2000,
    currency: 'KES',
    paymentMethod: 'cash',
    assignedDriverId: driver.id,
    carrierOrganisationId: carrier.id,
  })
  const orderEvents = await app.container.make(OrderEventService)

  // Yardstick: the same pushes, straight to the stand-in.
  const yardStart = performance.now()
  for (const u of [driver, ...dispatchers]) {
    await fcm.sender.send(`${stamp}-yard-${u.id}`, { title: 't', body: 'b', link: '/', data: {} })
  }
  const yardMs = performance.now() - yardStart

  const fanOut = async (type: string) => {
    const before = fcm.requests.length
    const smsBefore = at.requests.length
    const start = performance.now()
    await orderEvents.record(order, { type, actorId: shipper.id })
    await queue.drain()
    const ms = performance.now() - start
    const notices = await db.from('notifications').where('order_id', order.id).count('* as n').first()
    return { ms, pushes: fcm.requests.length - before, sms: at.requests.length - smsBefore, notices: Number(notices?.n ?? 0) }
  }
  const completed = await fanOut('completed')
  const disputed = await fanOut('disputed')
  const again = await fanOut('completed')
  lines.push(
    `### Fan-out: one status change to a ${MEMBERS + 1}-person carrier`,
    '',
    '| event | notices stored | pushes sent | SMS sent | time | notices/s | pushes/s | yardstick: same pushes sent directly | ratio |',
    '|---|---|---|---|---|---|---|---|---|',
    `| completed (push) | ${completed.notices} | ${completed.pushes} | ${completed.sms} | ${completed.ms.toFixed(0)} ms | ${((MEMBERS + 1) / (completed.ms / 1000)).toFixed(0)} | ${(completed.pushes / (completed.ms / 1000)).toFixed(0)} | ${yardMs.toFixed(0)} ms (${((MEMBERS + 1) / (yardMs / 1000)).toFixed(0)}/s) | ${(completed.ms / yardMs).toFixed(2)}× |`,
    `| disputed (push + SMS) | ${disputed.notices - completed.notices} | ${disputed.pushes} | ${disputed.sms} | ${disputed.ms.toFixed(0)} ms | ${((disputed.notices - completed.notices) / (disputed.ms / 1000)).toFixed(0)} | ${(disputed.pushes / (disputed.ms / 1000)).toFixed(0)} | | ${(disputed.ms / yardMs).toFixed(2)}× |`,
    `| a second status change (completed again) | ${again.notices - disputed.notices} | ${again.pushes} | ${again.sms} | ${again.ms.toFixed(0)} ms | | | | |`,
    ''
  )

  // 2. Chat
  const httpServer = createServer()
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  await attachRealtime(httpServer)
  const njiaUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`
  const relayServer = createServer()
  const relay = new Server(relayServer, { serveClient: false })
  relay.on('connection', (socket) => {
    const me = Number((socket.handshake.auth as { userId?: number }).userId)
    socket.join(`user:${me}`)
    socket.on('chat:send', (m: { to: number; orderId: number; clientId: string; body: string }, ack?: (r: unknown) => void) => {
      const message = { id: Date.now(), orderId: m.orderId, clientId: m.clientId, body: m.body }
      relay.to([`user:${m.to}`, `user:${me}`]).emit('chat:message', message)
      ack?.({ ok: true, message })
    })
  })
  await new Promise<void>((resolve) => relayServer.listen(0, '127.0.0.1', resolve))
  const relayUrl = `http://127.0.0.1:${(relayServer.address() as AddressInfo).port}`

  const pairs = []
  for (let i = 0; i < PAIRS; i++) {
    // Each conversation its own shipper and carrier: one sender, one reader.
    const [s] = await users(1, 'shipper', (await org('shipper')).id)
    const chatCarrier = await org('carrier')
    const [d] = await users(1, 'driver', chatCarrier.id)
    const o = await Order.create({
      ...order.$attributes,
      id: undefined,
      shipperId: s.id,
      shipperOrganisationId: s.organisationId,
      carrierOrganisationId: chatCarrier.id,
      assignedDriverId: d.id,
      status: 'in_transit',
    })
    const token = async (u: unknown) => (await User.accessTokens.create(u)).value!.release()
    pairs.push({ shipper: s, driver: d, order: o, shipperToken: await token(s), driverToken: await token(d) })
  }

  const run = async (kind: 'njia' | 'relay', RATE: number) => {
    const url = kind === 'njia' ? njiaUrl : relayUrl
    const open = (auth: object) =>
      new Promise<Socket>((resolve, reject) => {
        const socket = connect(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false })
        socket.once('connect', () => resolve(socket))
        socket.once('connect_error', reject)
      })
    const sockets: Socket[] = []
    const sentAt = new Map<string, number>()
    const latencies: number[] = []
    let refused = 0
    for (const pair of pairs) {
      const shipperSocket = await open(kind === 'njia' ? { token: pair.shipperToken } : { userId: pair.shipper.id })
      const driverSocket = await open(kind === 'njia' ? { token: pair.driverToken } : { userId: pair.driver.id })
      sockets.push(shipperSocket, driverSocket)
      shipperSocket.on('chat:message', (m: { clientId: string }) => {
        const at = sentAt.get(m.clientId)
        if (at !== undefined) latencies.push(performance.now() - at)
      })
    }
    const total = Math.round(PAIRS * RATE * SECONDS)
    const start = performance.now()
    const sends: Promise<unknown>[] = []
    for (let tick = 0; tick < Math.round(RATE * SECONDS); tick++) {
      const due = start + (tick * 1000) / RATE
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
      pairs.forEach((pair, i) => {
        const clientId = `${kind}-${String(RATE).replace('.', '_')}-${tick}-${i}-${stamp}`
        sentAt.set(clientId, performance.now())
        const payload = { orderId: pair.order.id, clientId, body: `Bench message ${tick}`, to: pair.shipper.id }
        sends.push(
          sockets[i * 2 + 1]
            .timeout(30_000)
            .emitWithAck('chat:send', payload)
            .then((reply: { ok: boolean }) => !reply.ok && refused++, () => refused++)
        )
      })
    }
    await Promise.all(sends)
    const deadline = performance.now() + 15_000
    while (latencies.length < total && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    const seconds = (performance.now() - start) / 1000
    sockets.forEach((s) => s.disconnect())
    return { total, delivered: latencies.length, refused, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) }
  }
  lines.push(
    `### Chat: ${PAIRS} conversations, ${SECONDS} s per offered rate`,
    '',
    '| offered msgs/s | server | sent | delivered | refused | delivered/s | p50 emit→other side | p99 emit→other side |',
    '|---|---|---|---|---|---|---|---|'
  )
  for (const rate of RATES) {
    const yard = await run('relay', rate)
    const njia = await run('njia', rate)
    const offered = PAIRS * rate
    lines.push(
      `| ${offered} | njia (auth, state machine, store, receipts) | ${njia.total} | ${njia.delivered} | ${njia.refused} | ${njia.perSecond.toFixed(0)} | ${njia.p50.toFixed(1)} ms | ${njia.p99.toFixed(1)} ms |`,
      `| ${offered} | bare Socket.IO relay (yardstick) | ${yard.total} | ${yard.delivered} | ${yard.refused} | ${yard.perSecond.toFixed(0)} | ${yard.p50.toFixed(1)} ms | ${yard.p99.toFixed(1)} ms |`,
      `| ${offered} | ratio njia / relay | | | | | ${(njia.p50 / yard.p50).toFixed(1)}× | ${(njia.p99 / yard.p99).toFixed(1)}× |`
    )
  }
  lines.push('')
  relay.close()
  relayServer.close()
  const { default: RealtimeGateway } = await load('app/realtime/services/realtime_gateway.ts')
  await (await app.container.make(RealtimeGateway)).close()
  httpServer.close()
} finally {
  events.unsubscribe()
  await fcm.close()
  await at.close()
  const orgUsers = db.from('users').whereIn('organisation_id', createdOrgs).select('id')
  await db.from('orders').whereIn('shipper_id', orgUsers).delete()
  await db.from('users').whereIn('organisation_id', createdOrgs).delete()
  await db.from('organisations').whereIn('id', createdOrgs).delete()
}
console.log(lines.join('\n'))
await app.terminate()
