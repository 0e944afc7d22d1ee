import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import type User from '#accounts/models/user'
import Dispute from '#orders/models/dispute'
import type Order from '#orders/models/order'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import NotifyEventJob from '#notifications/jobs/notify_event_job'
import { isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeWorld, statusOf, type World } from '#tests/fixtures/marketplace'
import { markPaid } from '#tests/money_fixtures'
import { PNG } from '#tests/fleet_fixtures'
import { listenToEvents } from '#tests/notifications_fixtures'

const balance = (owner: string, purpose: AccountPurpose, currency = 'KES') =>
  new LedgerService().balance({ owner, purpose, currency })

/** A delivered order the shipper disputes through the API, paid into escrow unless cash. */
async function disputedOrder(client: ApiClient, world: World, overrides: Partial<Order> = {}) {
  const order = await makeAssignedOrder(world.shipper, world.carrier, {
    status: 'delivered',
    ...overrides,
  })
  if (order.paymentMethod !== 'cash') await markPaid(order)
  const opened = await client
    .post(`/api/v1/orders/${order.id}/dispute`)
    .fields({ reason: 'damaged', description: 'Three sacks arrived torn and wet.' })
    .file('evidence', PNG, { filename: 'torn.png' })
    .loginAs(world.shipper)
  opened.assertStatus(201)
  return { order, disputeId: opened.body().dispute.id as number }
}

const decide = (client: ApiClient, admin: User, disputeId: number, body: object) =>
  client.post(`/api/v1/admin/disputes/${disputeId}/decision`).json(body).loginAs(admin)

/** The ledger's journals of an order, by kind. */
async function journalsOf(orderId: number) {
  const journals = await db.from('ledger_journals').where('order_id', orderId).orderBy('id')
  return journals.map((journal) => journal.kind as string)
}

const auditRowsOf = (orderId: number) =>
  db.from('audit_events').where({ action: 'dispute.resolved', subject_id: String(orderId) })

test.group('Console: disputes decided through the ledger', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('the queue lists open disputes oldest first with the order, both parties and the evidence; decided ones by status', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const first = await disputedOrder(client, world)
    const second = await disputedOrder(client, world)
    const decided = await disputedOrder(client, world)
    await decide(client, world.admin, decided.disputeId, {
      decision: 'pay_carrier',
      note: 'Photos show intact sacks',
    }).then((r) => r.assertStatus(200))

    const open = await client.get('/api/v1/admin/disputes?status=open').loginAs(world.admin)
    open.assertStatus(200)
    assert.deepEqual(
      open.body().data.map((d: { id: number }) => d.id),
      [first.disputeId, second.disputeId]
    )
    assert.deepInclude(open.body().data[0], {
      status: 'open',
      reason: 'damaged',
      decision: null,
      openedBy: { id: world.shipper.id, name: world.shipper.name },
    })
    assert.deepInclude(open.body().data[0].order, {
      id: first.order.id,
      status: 'disputed',
      currency: 'KES',
      priceAmount: 4_500_000,
      shipper: { id: world.shipper.id, name: world.shipper.name },
      carrier: { id: world.carrier.organisation.id, name: world.carrier.organisation.name },
    })
    assert.equal(
      open.body().data[0].evidence[0].url,
      `/api/v1/orders/${first.order.id}/dispute/evidence/0`
    )

    const page = await client.get('/api/v1/admin/disputes?perPage=2&page=2').loginAs(world.admin)
    assert.deepEqual(page.body().meta, { total: 3, perPage: 2, currentPage: 2, lastPage: 2 })
    const closed = await client.get('/api/v1/admin/disputes?status=resolved').loginAs(world.admin)
    assert.deepEqual(
      closed.body().data.map((d: { id: number }) => d.id),
      [decided.disputeId]
    )

    const bad = await client.get('/api/v1/admin/disputes?status=lost').loginAs(world.admin)
    bad.assertStatus(422)
    assert.equal(bad.body().errors[0].field, 'status')
  })

  test('a case shows what escrow holds, and its evidence file opens for the admin', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const { disputeId } = await disputedOrder(client, world)
    const shown = await client.get(`/api/v1/admin/disputes/${disputeId}`).loginAs(world.admin)
    shown.assertStatus(200)
    assert.equal(shown.body().held, 4_500_000)
    const file = await client.get(shown.body().evidence[0].url).loginAs(world.admin)
    file.assertStatus(200)
    assert.equal(file.header('content-type'), 'image/png')

    const missing = await client.get('/api/v1/admin/disputes/999999').loginAs(world.admin)
    missing.assertStatus(404)
  })

  test('paying the carrier settles the escrow once (less commission), resolves the order and is audited once', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const { order, disputeId } = await disputedOrder(client, world)
    const body = { decision: 'pay_carrier', note: 'Photos show intact sacks' }

    const decided = await decide(client, world.admin, disputeId, body)
    decided.assertStatus(200)
    assert.deepInclude(decided.body(), {
      status: 'resolved',
      decision: 'pay_carrier',
      carrierAmount: 4_500_000,
      refundAmount: 0,
      held: 0,
      resolutionNote: 'Photos show intact sacks',
      resolvedBy: { id: world.admin.id, name: world.admin.name },
    })
    const again = await decide(client, world.admin, disputeId, body)
    again.assertStatus(409)
    assert.equal(again.body().errors[0].code, 'E_DISPUTE_DECIDED')

    assert.equal(await statusOf(order.id), 'resolved')
    const carrier = owners.organisation(world.carrier.organisation.id)
    assert.equal(await balance(carrier, 'carrier_payable'), 4_050_000)
    assert.equal(await balance(owners.platform, 'platform_commission'), 450_000)
    assert.equal(await balance(owners.order(order.id), 'order_escrow'), 0)
    assert.deepEqual(await journalsOf(order.id), ['payment_received', 'settlement'])
    assert.deepEqual(await new LedgerVerifier().verify(), [])

    const rows = await auditRowsOf(order.id)
    assert.lengthOf(rows, 1)
    assert.include(rows[0].after, {
      decision: 'pay_carrier',
      carrierAmount: 4_500_000,
      refundAmount: 0,
      commission: 450_000,
    })
    assert.include(rows[0].before, { held: 4_500_000, orderStatus: 'disputed' })

    // The carrier's earnings read the settlement like any other.
    const earnings = await client.get('/api/v1/earnings').loginAs(world.carrier.dispatcher)
    assert.deepInclude(earnings.body().lines[0], { orderId: order.id, gross: 4_500_000 })
  })

  test('refunding the shipper moves the whole escrow to a refund payable and cancels the order', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const { order, disputeId } = await disputedOrder(client, world)
    const decided = await decide(client, world.admin, disputeId, {
      decision: 'refund_shipper',
      note: 'Nothing arrived',
    })
    decided.assertStatus(200)
    assert.deepInclude(decided.body(), {
      status: 'cancelled',
      decision: 'refund_shipper',
      carrierAmount: 0,
      refundAmount: 4_500_000,
    })
    assert.equal(await statusOf(order.id), 'cancelled')
    assert.equal(await balance(owners.order(order.id), 'refund_payable'), 4_500_000)
    assert.equal(await balance(owners.order(order.id), 'order_escrow'), 0)
    const carrier = owners.organisation(world.carrier.organisation.id)
    assert.equal(await balance(carrier, 'carrier_payable'), 0)
    assert.equal(await balance(owners.platform, 'platform_commission'), 0)
    assert.deepEqual(await journalsOf(order.id), ['payment_received', 'dispute_refund'])
    const earnings = await client.get('/api/v1/earnings').loginAs(world.carrier.dispatcher)
    assert.lengthOf(earnings.body().lines, 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a split pays the carrier its share less commission and refunds the rest; a share out of range changes nothing', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const { order, disputeId } = await disputedOrder(client, world)
    for (const carrierAmount of [4_500_000, 9_000_000]) {
      const refused = await decide(client, world.admin, disputeId, {
        decision: 'split',
        carrierAmount,
        note: 'Half the sacks were torn',
      })
      refused.assertStatus(422)
      assert.deepInclude(refused.body().errors[0], {
        code: 'E_SPLIT_OUT_OF_RANGE',
        field: 'carrierAmount',
      })
    }
    const noShare = await decide(client, world.admin, disputeId, {
      decision: 'split',
      note: 'Half the sacks were torn',
    })
    noShare.assertStatus(422)
    assert.equal(noShare.body().errors[0].field, 'carrierAmount')
    const noNote = await decide(client, world.admin, disputeId, { decision: 'pay_carrier' })
    noNote.assertStatus(422)
    assert.equal(noNote.body().errors[0].field, 'note')
    assert.deepEqual(await journalsOf(order.id), ['payment_received'])
    assert.lengthOf(await auditRowsOf(order.id), 0)
    assert.equal(await statusOf(order.id), 'disputed')

    const decided = await decide(client, world.admin, disputeId, {
      decision: 'split',
      carrierAmount: 3_000_000,
      note: 'A third of the sacks were torn',
    })
    decided.assertStatus(200)
    assert.deepInclude(decided.body(), {
      status: 'resolved',
      carrierAmount: 3_000_000,
      refundAmount: 1_500_000,
    })
    const carrier = owners.organisation(world.carrier.organisation.id)
    assert.equal(await balance(carrier, 'carrier_payable'), 2_700_000)
    assert.equal(await balance(owners.platform, 'platform_commission'), 300_000)
    assert.equal(await balance(owners.order(order.id), 'refund_payable'), 1_500_000)
    assert.equal(await balance(owners.order(order.id), 'order_escrow'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('two admins deciding at once: one decision applies, the other is refused', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const { order, disputeId } = await disputedOrder(client, world)
    const answers = await Promise.all([
      decide(client, world.admin, disputeId, { decision: 'refund_shipper', note: 'Refund it' }),
      decide(client, world.admin, disputeId, { decision: 'pay_carrier', note: 'Pay them' }),
    ])
    assert.sameMembers(
      answers.map((a) => a.status()),
      [200, 409]
    )
    assert.lengthOf(await journalsOf(order.id), 2)
    assert.lengthOf(await auditRowsOf(order.id), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a cash order: the platform holds nothing to refund; paying the carrier leaves it owing the commission', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const { order, disputeId } = await disputedOrder(client, world, { paymentMethod: 'cash' })
    const refund = await decide(client, world.admin, disputeId, {
      decision: 'refund_shipper',
      note: 'Nothing arrived',
    })
    refund.assertStatus(409)
    assert.equal(refund.body().errors[0].code, 'E_CASH_ORDER')
    assert.equal(await statusOf(order.id), 'disputed')

    const paid = await decide(client, world.admin, disputeId, {
      decision: 'pay_carrier',
      note: 'Delivered as agreed',
    })
    paid.assertStatus(200)
    const carrier = owners.organisation(world.carrier.organisation.id)
    assert.equal(await balance(carrier, 'cash_held_by_carrier'), 450_000)
  })

  test('both parties are told the decision in their own language and money format', async ({
    client,
    assert,
  }) => {
    const listening = listenToEvents()
    try {
      const world = await makeWorld()
      world.shipper.locale = 'fr'
      await world.shipper.save()
      world.carrier.dispatcher.locale = 'sw'
      await world.carrier.dispatcher.save()
      const { disputeId } = await disputedOrder(client, world)
      await decide(client, world.admin, disputeId, {
        decision: 'split',
        carrierAmount: 3_000_000,
        note: 'A third of the sacks were torn',
      }).then((r) => r.assertStatus(200))
      await listening.queue.drain((sent) => sent.job === NotifyEventJob)

      const bodyOf = async (user: User) => {
        const list = await client.get('/api/v1/notifications').loginAs(user)
        return list
          .body()
          .data.find((n: { kind: string }) => n.kind === 'dispute_resolved')
          ?.body.replace(/\s/g, ' ') as string
      }
      assert.equal(
        await bodyOf(world.shipper),
        `Commande « maize · Industrial Area, Nairobi → Nakuru town » : le transporteur reçoit KES 30 000, le client est remboursé de KES 15 000.`
      )
      assert.equal(
        await bodyOf(world.carrier.dispatcher),
        `Oda “maize · Industrial Area, Nairobi → Nakuru town”: msafirishaji anapata KES 30,000, mteja anarudishiwa KES 15,000.`
      )
      assert.equal(
        await bodyOf(world.carrier.driver),
        `Order “maize · Industrial Area, Nairobi → Nakuru town”: the carrier gets KES 30,000, the shipper is refunded KES 15,000.`
      )
    } finally {
      listening.restore()
    }
  })
})

test.group('Console: disputes are for admins only', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('a platform dispatcher reads the queue and a case but cannot decide; every other role gets 403 on all three; a decision refused moves nothing', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const { order, disputeId } = await disputedOrder(client, world)
    const others: Record<string, User> = {
      shipper: world.shipper,
      colleague: world.colleague,
      otherShipper: world.otherShipper,
      carrierDispatcher: world.carrier.dispatcher,
      carrierDriver: world.carrier.driver,
      otherCarrierDispatcher: world.otherCarrier.dispatcher,
      platformDispatcher: world.platformDispatcher,
    }
    const calls = {
      list: () => client.get('/api/v1/admin/disputes'),
      show: () => client.get(`/api/v1/admin/disputes/${disputeId}`),
      decide: () =>
        client
          .post(`/api/v1/admin/disputes/${disputeId}/decision`)
          .json({ decision: 'refund_shipper', note: 'Give it back' }),
    }
    const statuses: Record<string, Record<string, number>> = {}
    for (const [role, user] of Object.entries(others)) {
      statuses[role] = {}
      for (const [name, call] of Object.entries(calls)) {
        const response = await call().loginAs(user)
        statuses[role][name] = response.status()
      }
    }
    for (const [role, byCall] of Object.entries(statuses)) {
      const reads = role === 'platformDispatcher' ? 200 : 403
      assert.deepEqual(byCall, { list: reads, show: reads, decide: 403 }, role)
    }
    for (const call of Object.values(calls)) {
      const anonymous = await call()
      anonymous.assertStatus(401)
    }
    assert.equal(await statusOf(order.id), 'disputed')
    assert.deepEqual(await journalsOf(order.id), ['payment_received'])
    const dispute = await Dispute.findOrFail(disputeId)
    assert.equal(dispute.status, 'open')
  })
})
