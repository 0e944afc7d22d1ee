import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import QueueService from '#core/services/queue_service'
import ConfirmPaymentJob from '#money/jobs/confirm_payment_job'
import Payment from '#money/models/payment'
import PaymentGateways from '#money/services/payment_gateways'
import SimulatedMpesaProvider from '#money/providers/simulated_mpesa_provider'
import { isolateDatabase, waitFor } from '#tests/helpers'
import { makeAssignedOrder, makeOrganisation, makeWorld } from '#tests/fixtures/marketplace'
import { RecordingQueue } from '#tests/notifications_fixtures'
import { emitAck, nextEvent, socketsForEachTest } from '#tests/tracking_fixtures'
import SimulatedPhone from '#money/providers/simulated_phone'

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms))

test.group('Money: payment status is pushed to the order’s payments room', (group) => {
  isolateDatabase(group)
  let queue: RecordingQueue
  const open = socketsForEachTest(group)
  group.each.setup(() => {
    queue = new RecordingQueue()
    const simulator = new SimulatedMpesaProvider(
      { answerAfterMs: 20, duplicateRate: 0 },
      new SimulatedPhone()
    )
    app.container.swap(PaymentGateways, () => new PaymentGateways({ mpesa: simulator }))
    app.container.swap(QueueService, () => queue)
    return () => app.container.restoreAll([PaymentGateways, QueueService])
  })

  test('only who may read the payments joins; the carrier side is told the order is not found', async ({
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    for (const user of [world.shipper, world.colleague, world.platformDispatcher, world.admin]) {
      const reply = await emitAck(await open(user), 'payments:watch', { orderId: order.id })
      assert.deepEqual(reply, { ok: true, room: `payments:${order.id}` })
    }
    for (const user of [world.carrier.dispatcher, world.carrier.driver, world.otherShipper]) {
      const reply = await emitAck(await open(user), 'payments:watch', { orderId: order.id })
      assert.deepEqual(reply.error, { code: 'E_NOT_FOUND', message: 'Order not found.' })
    }
    const bad = await emitAck(await open(world.shipper), 'payments:watch', { orderId: 'x' })
    assert.equal(bad.error.code, 'E_VALIDATION')
  })

  test('the shipper side hears the attempt and its result; a colleague who left the organisation stops hearing', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const shipper = await open(world.shipper)
    const colleague = await open(world.colleague)
    for (const socket of [shipper, colleague]) {
      const reply = await emitAck(socket, 'payments:watch', { orderId: order.id })
      assert.isTrue(reply.ok)
    }
    const colleagueHeard: unknown[] = []
    colleague.on('payment:status', (message) => colleagueHeard.push(message))

    const pending = nextEvent(shipper, 'payment:status')
    const started = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa', phone: '0712 345 678' })
      .loginAs(world.shipper)
    started.assertStatus(201)
    const paymentId = started.body().id
    assert.deepEqual(await pending, { orderId: order.id, paymentId, status: 'pending' })
    await waitFor(async () => colleagueHeard.length === 1, 'the colleague hears the attempt')

    // The colleague moves to another organisation; nothing announces it to the sockets.
    const elsewhere = await makeOrganisation('shipper')
    world.colleague.organisationId = elsewhere.id
    await world.colleague.save()
    const colleagueLeft = nextEvent(colleague, 'unwatched')

    const received = nextEvent(shipper, 'payment:status')
    await waitFor(async () => queue.sent.length > 0, 'the callback')
    await queue.drain()
    assert.deepEqual(await received, { orderId: order.id, paymentId, status: 'received' })
    assert.deepEqual(await colleagueLeft, { room: `payments:${order.id}` })
    await settle()
    assert.lengthOf(colleagueHeard, 1)
    const again = await emitAck(colleague, 'payments:watch', { orderId: order.id })
    assert.equal(again.error.code, 'E_NOT_FOUND')
  })

  test('a payment that goes through after the order was cancelled is returned, and only the payer side hears it', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const elsewhere = await makeAssignedOrder(world.otherShipper, world.carrier)
    const shipper = await open(world.shipper)
    const colleague = await open(world.colleague)
    const otherShipper = await open(world.otherShipper)
    for (const [socket, orderId] of [
      [shipper, order.id],
      [colleague, order.id],
      [otherShipper, elsewhere.id],
    ] as const) {
      const reply = await emitAck(socket, 'payments:watch', { orderId })
      assert.isTrue(reply.ok)
    }
    const started = await client
      .post(`/api/v1/orders/${order.id}/payments`)
      .json({ provider: 'mpesa', phone: '0712 345 678' })
      .loginAs(world.shipper)
    started.assertStatus(201)
    const paymentId = started.body().id
    await settle()
    const heard: { who: string; message: unknown }[] = []
    const carrierSocket = await open(world.carrier.dispatcher)
    for (const [who, socket] of Object.entries({
      shipper,
      colleague,
      otherShipper,
      carrier: carrierSocket,
    })) {
      socket.on('payment:status', (message) => heard.push({ who, message }))
    }
    // The shipper gives up waiting and cancels; then the phone's PIN goes through.
    const cancelled = await client
      .post(`/api/v1/orders/${order.id}/cancel`)
      .json({ reason: 'found another truck' })
      .loginAs(world.shipper)
    cancelled.assertStatus(200)
    await waitFor(
      async () => queue.sent.some((sent) => sent.job === ConfirmPaymentJob),
      'the callback'
    )
    await queue.drain((sent) => sent.job === ConfirmPaymentJob)
    await waitFor(async () => heard.length >= 2, 'the payer side hears of it')
    await settle()

    const returned = { orderId: order.id, paymentId, status: 'returned' }
    assert.sameDeepMembers(heard, [
      { who: 'shipper', message: returned },
      { who: 'colleague', message: returned },
    ])
    const payment = await Payment.findOrFail(paymentId)
    assert.equal(payment.status, 'returned')
    const listed = await client.get(`/api/v1/orders/${order.id}/payments`).loginAs(world.shipper)
    assert.include(listed.body().data[0], { id: paymentId, status: 'returned' })
  })
})
