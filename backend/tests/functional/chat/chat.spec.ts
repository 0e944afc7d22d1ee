import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import { DateTime } from 'luxon'
import ChatMessage from '#chat/models/chat_message'
import { isolateDatabase } from '#tests/helpers'
import { PDF, PNG } from '#tests/fleet_fixtures'
import {
  makeAssignedOrder,
  makeOrder,
  makeUser,
  makeWorld,
  type World,
} from '#tests/fixtures/marketplace'
import { emitAck, nextEvent, socketsForEachTest } from '#tests/tracking_fixtures'

const url = (orderId: number) => `/api/v1/orders/${orderId}/chat/messages`
let clientIds = 0
const clientId = () => `client-${Date.now()}-${++clientIds}`

/** A WebM file's first bytes (EBML header, DocType "webm"), as MediaRecorder writes it. */
const WEBM = Buffer.from(
  '1a45dfa39f4286810142f7810142f2810442f381084282847765626d42878104428581021853806701',
  'hex'
)

test.group('Chat over REST: who may read and write', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('the shipper and the driver exchange messages; the history pages back; phone numbers are masked', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const first = await client
      .post(url(order.id))
      .json({
        clientId: clientId(),
        body: 'I am at the gate, call me on 0712 345 678 or +254 712 345 679',
      })
      .loginAs(world.carrier.driver)
    first.assertStatus(201)
    assert.equal(first.body().body, 'I am at the gate, call me on ••• or •••')
    assert.deepEqual(first.body().sender, {
      id: world.carrier.driver.id,
      name: world.carrier.driver.name,
      side: 'carrier',
    })
    for (let i = 0; i < 3; i++) {
      await client
        .post(url(order.id))
        .json({ clientId: clientId(), body: `Coming, ${i}` })
        .loginAs(world.shipper)
        .then((r) => r.assertStatus(201))
    }

    const latest = await client.get(`${url(order.id)}?limit=2`).loginAs(world.carrier.dispatcher)
    latest.assertStatus(200)
    assert.deepEqual(
      latest.body().data.map((m: { body: string }) => m.body),
      ['Coming, 1', 'Coming, 2']
    )
    assert.isTrue(latest.body().meta.hasMore)
    const older = await client
      .get(`${url(order.id)}?limit=2&before=${latest.body().data[0].id}`)
      .loginAs(world.colleague)
    assert.deepEqual(
      older.body().data.map((m: { sender: { side: string } }) => m.sender.side),
      ['carrier', 'shipper']
    )
    assert.isFalse(older.body().meta.hasMore)
    assert.notInclude(JSON.stringify(older.body()), world.carrier.driver.phone)
  })

  test('outsiders: another shipper and another carrier get 404; a platform dispatcher who sees the order gets 403; an admin only while a dispute is open', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const body = () => ({ clientId: clientId(), body: 'hello' })
    for (const outsider of [
      world.otherShipper,
      world.otherCarrier.driver,
      world.otherCarrier.dispatcher,
    ]) {
      await client
        .get(url(order.id))
        .loginAs(outsider)
        .then((r) => r.assertStatus(404))
      await client
        .post(url(order.id))
        .json(body())
        .loginAs(outsider)
        .then((r) => r.assertStatus(404))
    }
    await client
      .get(url(order.id))
      .loginAs(world.platformDispatcher)
      .then((r) => r.assertStatus(403))
    await client
      .get(url(order.id))
      .loginAs(world.admin)
      .then((r) => r.assertStatus(409))
    order.status = 'disputed'
    await order.save()
    await client
      .post(url(order.id))
      .json(body())
      .loginAs(world.admin)
      .then((r) => r.assertStatus(201))
    const anonymous = await client.get(url(order.id))
    anonymous.assertStatus(401)
    const stored = await ChatMessage.query().where('order_id', order.id)
    assert.lengthOf(stored, 1)
  })

  test('an open order has no conversation yet (409); a finished one turns read-only after the configured days', async ({
    client,
  }) => {
    const world = await makeWorld()
    const open = await makeOrder(world.shipper, { status: 'posted' })
    await client
      .get(url(open.id))
      .loginAs(world.shipper)
      .then((r) => r.assertStatus(409))

    const done = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'completed',
      completedAt: DateTime.now().minus({ days: 8 }),
    })
    const history = await client.get(url(done.id)).loginAs(world.shipper)
    history.assertStatus(200)
    history.assertBodyContains({ meta: { readOnly: true } })
    const late = await client
      .post(url(done.id))
      .json({ clientId: clientId(), body: 'thanks' })
      .loginAs(world.shipper)
    late.assertStatus(409)
    late.assertBodyContains({ errors: [{ code: 'E_CHAT_READ_ONLY' }] })
  })

  test('a send replayed with the same client id is stored once and answered with the first message', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const id = clientId()
    const first = await client
      .post(url(order.id))
      .json({ clientId: id, body: 'Leaving now' })
      .loginAs(world.carrier.driver)
    const again = await client
      .post(url(order.id))
      .json({ clientId: id, body: 'Leaving now' })
      .loginAs(world.carrier.driver)
    first.assertStatus(201)
    again.assertStatus(200)
    assert.equal(again.body().id, first.body().id)
    const rows = await ChatMessage.query().where('order_id', order.id)
    assert.lengthOf(rows, 1)
  })

  test('a photo and a voice note are checked by their bytes; a PDF named .jpg is refused and nothing is stored', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const photo = await client
      .post(url(order.id))
      .fields({ clientId: clientId(), kind: 'photo', body: 'The load' })
      .file('file', PNG, { filename: 'load.png' })
      .loginAs(world.carrier.driver)
    photo.assertStatus(201)
    assert.containsSubset(photo.body(), { kind: 'photo', attachment: { type: 'image/png' } })
    const file = await client.get(photo.body().attachment.url).loginAs(world.shipper)
    file.assertStatus(200)
    assert.equal(file.header('content-type'), 'image/png')
    await client
      .get(photo.body().attachment.url)
      .loginAs(world.otherShipper)
      .then((r) => r.assertStatus(404))

    const voice = await client
      .post(url(order.id))
      .fields({ clientId: clientId(), kind: 'voice' })
      .file('file', WEBM, { filename: 'note.webm' })
      .loginAs(world.shipper)
    voice.assertStatus(201)
    assert.containsSubset(voice.body(), { kind: 'voice', attachment: { type: 'video/webm' } })

    const fake = await client
      .post(url(order.id))
      .fields({ clientId: clientId(), kind: 'photo' })
      .file('file', PDF, { filename: 'photo.jpg' })
      .loginAs(world.shipper)
    fake.assertStatus(422)
    // The body parser reads the type from the bytes too: a PDF is a PDF, whatever its name.
    fake.assertBodyContains({ errors: [{ field: 'file' }] })
    assert.include(fake.body().errors[0].message, 'pdf')
    const big = await client
      .post(url(order.id))
      .fields({ clientId: clientId(), kind: 'voice' })
      .file('file', Buffer.concat([WEBM, Buffer.alloc(4 * 1024 * 1024)]), { filename: 'long.webm' })
      .loginAs(world.shipper)
    big.assertStatus(422)
    assert.lengthOf(await ChatMessage.query().where('order_id', order.id), 2)
  })

  test('empty or malformed sends are 422 naming the field', async ({ client, assert }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const empty = await client
      .post(url(order.id))
      .json({ clientId: clientId() })
      .loginAs(world.shipper)
    empty.assertStatus(422)
    empty.assertBodyContains({ errors: [{ field: 'body' }] })
    const noId = await client.post(url(order.id)).json({ body: 'hi' }).loginAs(world.shipper)
    noId.assertStatus(422)
    noId.assertBodyContains({ errors: [{ field: 'clientId' }] })
    const tooLong = await client
      .post(url(order.id))
      .json({ clientId: clientId(), body: 'x'.repeat(2001) })
      .loginAs(world.shipper)
    tooLong.assertStatus(422)
    const photoWithoutFile = await client
      .post(url(order.id))
      .json({ clientId: clientId(), kind: 'photo', body: 'see photo' })
      .loginAs(world.shipper)
    photoWithoutFile.assertStatus(422)
    photoWithoutFile.assertBodyContains({ errors: [{ field: 'file' }] })
    assert.lengthOf(await ChatMessage.query().where('order_id', order.id), 0)
  })
})

test.group('Chat over the socket: live, receipts, typing, authorised at every use', (group) => {
  isolateDatabase(group)
  const open = socketsForEachTest(group)

  test('a message sent by the driver reaches the shipper live; receipts and typing go to the other side; outsiders hear nothing', async ({
    assert,
  }) => {
    const world: World = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const driver = await open(world.carrier.driver)
    const shipper = await open(world.shipper)
    const outsider = await open(world.otherShipper)
    const leaked: unknown[] = []
    for (const event of ['chat:message', 'chat:typing', 'chat:receipt'])
      outsider.on(event, (e) => leaked.push(e))

    const typing = nextEvent(shipper, 'chat:typing')
    assert.deepEqual(await emitAck(driver, 'chat:typing', { orderId: order.id, typing: true }), {
      ok: true,
    })
    assert.containsSubset(await typing, {
      orderId: order.id,
      userId: world.carrier.driver.id,
      typing: true,
    })

    const live = nextEvent(shipper, 'chat:message')
    const sent = await emitAck(driver, 'chat:send', {
      orderId: order.id,
      clientId: clientId(),
      body: 'At the gate',
    })
    assert.isTrue(sent.ok)
    const message = await live
    assert.containsSubset(message, {
      orderId: order.id,
      body: 'At the gate',
      sender: { side: 'carrier' },
    })

    const receipt = nextEvent(driver, 'chat:receipt')
    await emitAck(shipper, 'chat:read', { orderId: order.id, upTo: message.id })
    assert.deepEqual(await receipt, {
      orderId: order.id,
      userId: world.shipper.id,
      readUpTo: message.id,
    })
    await new Promise((resolve) => setTimeout(resolve, 150))
    assert.deepEqual(leaked, [])
  })

  test('an outsider’s every chat event is refused; a driver taken off the order is refused at the next send and hears nothing more', async ({
    assert,
  }) => {
    const world: World = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const outsider = await open(world.otherCarrier.driver)
    for (const [event, payload] of [
      ['chat:send', { orderId: order.id, clientId: clientId(), body: 'hi' }],
      ['chat:typing', { orderId: order.id, typing: true }],
      ['chat:read', { orderId: order.id, upTo: 1 }],
      ['chat:delivered', { orderId: order.id, upTo: 1 }],
    ] as const) {
      const reply = await emitAck(outsider, event, payload)
      assert.deepEqual(reply.error?.code, 'E_NOT_FOUND', event)
    }
    const bad = await emitAck(outsider, 'chat:send', { orderId: 'x' })
    assert.equal(bad.error.code, 'E_VALIDATION')

    const driver = await open(world.carrier.driver)
    const heard: unknown[] = []
    driver.on('chat:message', (m) => heard.push(m))
    const other = await makeUser('driver', world.carrier.organisation)
    order.assignedDriverId = other.id
    await order.save()
    const refused = await emitAck(driver, 'chat:send', {
      orderId: order.id,
      clientId: clientId(),
      body: 'still here?',
    })
    assert.equal(refused.ok, false)
    const shipper = await open(world.shipper)
    await emitAck(shipper, 'chat:send', {
      orderId: order.id,
      clientId: clientId(),
      body: 'new driver?',
    })
    await new Promise((resolve) => setTimeout(resolve, 150))
    assert.deepEqual(heard, [])
  })
})
