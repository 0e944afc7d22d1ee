import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import Dispute from '#orders/models/dispute'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import { isolateDatabase } from '#tests/helpers'
import { PNG } from '#tests/fleet_fixtures'
import { makeAssignedOrder, makeWorld, type World, WORLD_ROLES } from '#tests/fixtures/marketplace'
import { statusByRole } from '#tests/fixtures/role_matrix'
import { markPaid } from '#tests/money_fixtures'

/**
 * The console's case page of a dispute reads the order's case file through
 * the routes its parties use: the timeline, the GPS track, the proof of
 * delivery and its files, the evidence files and the conversation with its
 * attachments. An admin reads all of it, while the dispute is open and after
 * the decision; nobody else reads more than their own side already does.
 */
const ROLES = WORLD_ROLES
type Role = keyof typeof ROLES

/** A delivered, paid order with its proof, a disputed delivery with a photo as evidence, and a chat photo. */
async function disputedCase(client: ApiClient, w: World) {
  const order = await makeAssignedOrder(w.shipper, w.carrier, {
    status: 'delivered',
    deliveredAt: DateTime.now().minus({ hours: 2 }),
  })
  await markPaid(order)
  const photoKey = `orders/${order.id}/pod/photo.png`
  const signatureKey = `orders/${order.id}/pod/signature.png`
  await drive.use().put(photoKey, PNG)
  await drive.use().put(signatureKey, PNG)
  await ProofOfDelivery.create({
    orderId: order.id,
    photoKey,
    signatureKey,
    receiverName: 'Wanjiku',
    receiverPhone: '+254722000111',
    position: { lat: -0.3031, lng: 36.08 },
    deliveredAt: DateTime.now().minus({ hours: 2 }),
  })
  const chat = await client
    .post(`/api/v1/orders/${order.id}/chat/messages`)
    .fields({ clientId: `case-file-${order.id}`, kind: 'photo', body: 'Sacks at the gate' })
    .file('file', PNG, { filename: 'gate.png' })
    .loginAs(w.carrier.driver)
  chat.assertStatus(201)
  const opened = await client
    .post(`/api/v1/orders/${order.id}/dispute`)
    .fields({ reason: 'damaged', description: 'Three of nine sacks arrived torn and wet.' })
    .file('evidence', PNG, { filename: 'torn.png' })
    .loginAs(w.shipper)
  opened.assertStatus(201)
  const dispute = await Dispute.findByOrFail('order_id', order.id)
  return { order, dispute, chatAttachment: chat.body().attachment.url as string }
}

type Case = Awaited<ReturnType<typeof disputedCase>>

const READS: { what: string; path: (c: Case) => string }[] = [
  { what: 'GET /admin/disputes', path: () => '/api/v1/admin/disputes' },
  { what: 'GET /admin/disputes/:id', path: (c) => `/api/v1/admin/disputes/${c.dispute.id}` },
  { what: 'timeline', path: (c) => `/api/v1/orders/${c.order.id}/events` },
  { what: 'track', path: (c) => `/api/v1/orders/${c.order.id}/track` },
  { what: 'proof', path: (c) => `/api/v1/orders/${c.order.id}/proof-of-delivery` },
  { what: 'proof photo', path: (c) => `/api/v1/orders/${c.order.id}/proof-of-delivery/photo` },
  { what: 'evidence file', path: (c) => `/api/v1/orders/${c.order.id}/dispute/evidence/0` },
  { what: 'conversation', path: (c) => `/api/v1/orders/${c.order.id}/chat/messages` },
  { what: 'chat attachment', path: (c) => c.chatAttachment },
]

async function statuses(client: ApiClient, w: World, c: Case) {
  const seen: Record<string, Record<Role, number>> = {}
  for (const read of READS) {
    seen[read.what] = await statusByRole(client, w, (each) => each.get(read.path(c)))
  }
  return seen
}

/** Who reads what of a disputed order, by role: parties their own side, outsiders nothing. */
const party = {
  shipper: 200,
  colleague: 200,
  otherShipper: 404,
  carrierDispatcher: 200,
  carrierDriver: 200,
  otherCarrierDispatcher: 404,
  otherCarrierDriver: 404,
  platformDispatcher: 200,
  admin: 200,
}
/** The disputes' read views are the platform staff's: admins and platform dispatchers (docs/architecture.md). */
const platformStaff = Object.fromEntries(
  Object.keys(ROLES).map((role) => [
    role,
    role === 'admin' || role === 'platformDispatcher' ? 200 : 403,
  ])
)
const EXPECTED = {
  'GET /admin/disputes': platformStaff,
  'GET /admin/disputes/:id': platformStaff,
  'timeline': party,
  'track': party,
  'proof': party,
  'proof photo': party,
  'evidence file': party,
  // The conversation is its parties'; platform dispatchers never take part in it.
  'conversation': { ...party, platformDispatcher: 403 },
  'chat attachment': { ...party, platformDispatcher: 403 },
}

test.group('Disputes: the case file on the console’s case page', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('every role reads what its side may of a disputed order; an admin reads the whole case', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const c = await disputedCase(client, w)
    assert.deepEqual(await statuses(client, w, c), EXPECTED)
    // While the dispute is open the admin takes part in the conversation.
    const open = await client.get(`/api/v1/orders/${c.order.id}/chat/messages`).loginAs(w.admin)
    assert.isFalse(open.body().meta.readOnly)
    for (const read of READS) {
      const anonymous = await client.get(read.path(c))
      assert.equal(anonymous.status(), 401, read.what)
    }
  }).timeout(90_000) // 9 reads × 9 roles: about 80 requests

  test('after the decision the admin still reads the conversation, also when a full refund cancelled the order', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    for (const decision of ['split', 'refund_shipper'] as const) {
      const c = await disputedCase(client, w)
      const decided = await client
        .post(`/api/v1/admin/disputes/${c.dispute.id}/decision`)
        .json({
          decision,
          note: 'Photos show torn sacks',
          ...(decision === 'split' ? { carrierAmount: 3_000_000 } : {}),
        })
        .loginAs(w.admin)
      decided.assertStatus(200)
      const conversation = await client
        .get(`/api/v1/orders/${c.order.id}/chat/messages`)
        .loginAs(w.admin)
      conversation.assertStatus(200)
      assert.deepEqual(
        conversation.body().data.map((m: { body: string }) => m.body),
        ['Sacks at the gate'],
        decision
      )
      assert.isTrue(conversation.body().meta.readOnly, 'the case is decided: nothing more to say')
      const attachment = await client.get(c.chatAttachment).loginAs(w.admin)
      attachment.assertStatus(200)
      // Reading is not taking part: the admin cannot write into a decided case.
      const write = await client
        .post(`/api/v1/orders/${c.order.id}/chat/messages`)
        .json({ clientId: `late-note-${c.order.id}`, body: 'One more thing' })
        .loginAs(w.admin)
      write.assertStatus(409)
    }
  })

  test('an order cancelled without a dispute keeps its conversation from admins', async ({
    client,
  }) => {
    const w = await makeWorld()
    const order = await makeAssignedOrder(w.shipper, w.carrier, {
      status: 'cancelled',
      cancelledAt: DateTime.now(),
    })
    const response = await client.get(`/api/v1/orders/${order.id}/chat/messages`).loginAs(w.admin)
    response.assertStatus(403)
  })
})
