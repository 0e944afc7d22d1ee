import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type { ApiResponse } from '@japa/api-client'
import drive from '@adonisjs/drive/services/main'
import Order from '#orders/models/order'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import type User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { PDF, PNG, makeDocument, makeUser } from '#tests/fleet_fixtures'
import { makeAssignedOrder, makeWorld, type World } from '#tests/fixtures/marketplace'

/**
 * Every route that serves a stored user file goes through UploadService.send:
 * the type comes from the bytes, only plain images are inline, and the file
 * is sandboxed even if a browser opens it in the app's origin.
 */
const HTML = Buffer.from(
  '<html><script>alert(document.cookie)</script><form action=/x></form></html>'
)

function assertServedSafely(
  response: ApiResponse,
  assert: {
    equal(a: unknown, b: unknown, message?: string): void
    match(a: string, b: RegExp): void
  },
  expected: { type: string; disposition: 'inline' | 'attachment'; fileName?: string }
) {
  response.assertStatus(200)
  assert.equal(response.header('content-type'), expected.type)
  assert.match(
    response.header('content-disposition') ?? '',
    new RegExp(`^${expected.disposition}; filename="`)
  )
  if (expected.fileName) {
    assert.equal(
      response.header('content-disposition'),
      `${expected.disposition}; filename="${expected.fileName}"`
    )
  }
  assert.equal(response.header('x-content-type-options'), 'nosniff')
  assert.match(response.header('content-security-policy') ?? '', /(^|; )sandbox($|;)/)
}

/** Who sees a delivered order's files, and who answers 404 (the order is not revealed). */
function orderReaders(world: World) {
  return {
    allowed: [
      world.shipper,
      world.colleague,
      world.carrier.driver,
      world.carrier.dispatcher,
      world.platformDispatcher,
      world.admin,
    ],
    hidden: [world.otherShipper, world.otherCarrier.dispatcher, world.otherCarrier.driver],
  }
}

async function expectReaders(
  client: any,
  url: string,
  readers: { allowed: User[]; hidden: User[] },
  assert: any
) {
  for (const user of readers.allowed) {
    const response = await client.get(url).loginAs(user)
    assert.equal(response.status(), 200, `${user.role} #${user.id} may download ${url}`)
  }
  for (const user of readers.hidden) {
    const response = await client.get(url).loginAs(user)
    assert.equal(response.status(), 404, `${user.role} #${user.id} may not download ${url}`)
  }
  const anonymous = await client.get(url)
  assert.equal(anonymous.status(), 401)
}

test.group('User files: one way out', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('dispute evidence downloads: images inline, a PDF as an attachment, for the parties only', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, { status: 'delivered' })
    const disputed = await client
      .post(`/api/v1/orders/${order.id}/dispute`)
      .fields({ reason: 'damaged', description: 'Three sacks arrived torn and wet.' })
      .file('evidence', PNG, { filename: 'torn.png' })
      .file('evidence', PDF, { filename: 'report <b>.pdf' })
      .loginAs(world.shipper)
    disputed.assertStatus(201)
    const [photo, report] = disputed.body().dispute.evidence
    assert.equal(photo.url, `/api/v1/orders/${order.id}/dispute/evidence/0`)
    assert.equal(report.url, `/api/v1/orders/${order.id}/dispute/evidence/1`)

    const image = await client.get(photo.url).loginAs(world.carrier.dispatcher)
    assertServedSafely(image, assert, { type: 'image/png', disposition: 'inline' })
    assert.deepEqual(Buffer.from(image.body()), PNG)
    const pdf = await client.get(report.url).loginAs(world.admin)
    assertServedSafely(pdf, assert, {
      type: 'application/pdf',
      disposition: 'attachment',
      fileName: 'report _b_.pdf',
    })
    assert.equal(Buffer.from(pdf.body()).toString('latin1'), PDF.toString('latin1'))

    await expectReaders(client, report.url, orderReaders(world), assert)
    const shown = await client.get(`/api/v1/orders/${order.id}/dispute`).loginAs(world.shipper)
    assert.equal(shown.body().evidence[1].url, report.url)

    const missing = await client
      .get(`/api/v1/orders/${order.id}/dispute/evidence/2`)
      .loginAs(world.shipper)
    missing.assertStatus(404)
    const absurd = await client
      .get(`/api/v1/orders/${order.id}/dispute/evidence/99`)
      .loginAs(world.shipper)
    absurd.assertStatus(422)
    const undisputed = await makeAssignedOrder(world.shipper, world.carrier, {
      status: 'delivered',
    })
    await client
      .get(`/api/v1/orders/${undisputed.id}/dispute/evidence/0`)
      .loginAs(world.shipper)
      .then((response) => response.assertStatus(404))
  })

  test('proof of delivery and cargo photos: the type is what the bytes are, not what the key says', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, { status: 'delivered' })
    const disk = drive.use('fs')
    await disk.put(`orders/${order.id}/photo.png`, PNG)
    await disk.put(`orders/${order.id}/signature.png`, PDF)
    await disk.put(`orders/${order.id}/cargo.jpg`, HTML)
    await ProofOfDelivery.create({
      orderId: order.id,
      photoKey: `orders/${order.id}/photo.png`,
      signatureKey: `orders/${order.id}/signature.png`,
      receiverName: 'Wanjiku Kamau',
      receiverPhone: '+254722000111',
      position: { lat: -0.3031, lng: 36.08 },
      submittedById: world.carrier.driver.id,
      deliveredAt: DateTime.now(),
    })
    await Order.query()
      .where('id', order.id)
      .update({ cargo_photos: JSON.stringify([`orders/${order.id}/cargo.jpg`]) })

    const base = `/api/v1/orders/${order.id}`
    const photo = await client.get(`${base}/proof-of-delivery/photo`).loginAs(world.shipper)
    assertServedSafely(photo, assert, { type: 'image/png', disposition: 'inline' })
    const signature = await client.get(`${base}/proof-of-delivery/signature`).loginAs(world.shipper)
    assertServedSafely(signature, assert, {
      type: 'application/pdf',
      disposition: 'attachment',
      fileName: 'signature.pdf',
    })
    const cargo = await client.get(`${base}/cargo-photos/0`).loginAs(world.carrier.driver)
    assertServedSafely(cargo, assert, {
      type: 'application/octet-stream',
      disposition: 'attachment',
      fileName: 'cargo.bin',
    })

    await expectReaders(client, `${base}/proof-of-delivery/photo`, orderReaders(world), assert)
    await expectReaders(client, `${base}/cargo-photos/0`, orderReaders(world), assert)
  })

  test('chat photos and voice notes: for the conversation only, a voice note as an attachment', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const WEBM = Buffer.from(
      '1a45dfa39f4286810142f7810142f2810442f381084282847765626d42878104428581021853806701',
      'hex'
    )
    const send = (kind: string, bytes: Buffer, filename: string) =>
      client
        .post(`/api/v1/orders/${order.id}/chat/messages`)
        .fields({ clientId: `files-${kind}-${order.id}`, kind })
        .file('file', bytes, { filename })
        .loginAs(world.carrier.driver)
    const photo = await send('photo', PNG, 'load.png')
    photo.assertStatus(201)
    const voice = await send('voice', WEBM, 'note.webm')
    voice.assertStatus(201)

    const image = await client.get(photo.body().attachment.url).loginAs(world.shipper)
    assertServedSafely(image, assert, { type: 'image/png', disposition: 'inline' })
    const note = await client.get(voice.body().attachment.url).loginAs(world.shipper)
    assertServedSafely(note, assert, { type: 'video/webm', disposition: 'attachment' })

    for (const user of [world.shipper, world.carrier.driver, world.carrier.dispatcher]) {
      const response = await client.get(voice.body().attachment.url).loginAs(user)
      assert.equal(response.status(), 200, `${user.role} takes part in the conversation`)
    }
    for (const user of [world.otherShipper, world.otherCarrier.dispatcher]) {
      const response = await client.get(voice.body().attachment.url).loginAs(user)
      assert.equal(response.status(), 404, `${user.role} is outside the conversation`)
    }
  })

  test('fleet documents and vehicle photos: a PDF is an attachment under its true extension', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const { dispatcher, vehicle } = world.carrier
    const document = await makeDocument('insurance', { vehicle }, { status: 'pending' })
    await drive.use('fs').put(document.fileKey, PDF)
    await document.merge({ fileName: 'police.html' }).save()
    const file = await client.get(`/api/v1/documents/${document.id}/file`).loginAs(dispatcher)
    assertServedSafely(file, assert, {
      type: 'application/pdf',
      disposition: 'attachment',
      fileName: 'police.pdf',
    })
    const outsider = await makeUser('dispatcher', world.otherCarrier.organisation)
    await client
      .get(`/api/v1/documents/${document.id}/file`)
      .loginAs(outsider)
      .then((response) => response.assertStatus(404))

    const upload = await client
      .post(`/api/v1/vehicles/${vehicle.id}/photos`)
      .file('photo', PNG, { filename: 'truck.png' })
      .loginAs(dispatcher)
    upload.assertStatus(201)
    const photo = await vehicle.related('photos').query().firstOrFail()
    const image = await client.get(upload.body().url).loginAs(world.carrier.driver)
    assertServedSafely(image, assert, { type: 'image/png', disposition: 'inline' })

    await drive.use('fs').put(photo.fileKey, HTML)
    const swapped = await client.get(upload.body().url).loginAs(dispatcher)
    assertServedSafely(swapped, assert, {
      type: 'application/octet-stream',
      disposition: 'attachment',
    })
    await client
      .get(upload.body().url)
      .loginAs(world.shipper)
      .then((response) => response.assertStatus(404))
  })
})
