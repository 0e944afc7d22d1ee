import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import { formatMoney } from '#core/money_format'
import { PNG } from '#tests/fleet_fixtures'
import Payout from '#money/models/payout'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeAssignedOrder, makeWorld, ownedByItsDispatcher } from '#tests/fixtures/marketplace'
import { auditOf, b2cFailure, b2cSuccess, markPaid, useFakeB2c } from '#tests/money_fixtures'
import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import type { RefundEvent } from '#money/money_events'
import PayoutReversalService from '#money/services/payout_reversal_service'
import RecipientService from '#notifications/services/recipient_service'
import { defaultEnabled } from '#notifications/notification_kinds'
import { renderNotification } from '#notifications/notification_texts'

const balance = (owner: string, purpose: AccountPurpose) =>
  new LedgerService().balance({ owner, purpose, currency: 'KES' })

async function paidOrder() {
  const world = await makeWorld()
  const order = await makeAssignedOrder(world.shipper, world.carrier)
  const payment = await markPaid(order)
  return { world, order, payment }
}

test.group('Money: refunds to the payer', (group) => {
  isolateDatabase(group)
  const b2c = standInForEachTest(group, useFakeB2c)

  test('an admin refunds part of the escrow to the number that paid; the same key never refunds twice', async ({
    client,
    assert,
  }) => {
    const { world, order, payment } = await paidOrder()
    const escrow = owners.order(order.id)
    const body = { amount: 1_000_000, key: 'refund-0001', reason: 'goods partly spoiled' }

    const first = await client
      .post(`/api/v1/admin/orders/${order.id}/refunds`)
      .json(body)
      .loginAs(world.admin)
    first.assertStatus(201)
    assert.include(first.body(), {
      kind: 'refund',
      payee: world.shipper.name,
      status: 'queued',
      amount: 1_000_000,
      outcomeUnknown: false,
    })
    assert.equal(await balance(escrow, 'order_escrow'), 3_500_000)
    assert.equal(await balance(escrow, 'refund_payable'), 1_000_000)

    const again = await client
      .post(`/api/v1/admin/orders/${order.id}/refunds`)
      .json(body)
      .loginAs(world.admin)
    again.assertStatus(200)
    assert.equal(again.body().id, first.body().id)
    assert.equal(await balance(escrow, 'order_escrow'), 3_500_000)

    await b2c.queue.drain()
    const [request] = b2c.requests()
    assert.include(request, { PartyB: payment.phone!.replace('+', ''), Amount: '10000' })
    await client
      .post(b2c.callbackPath('result'))
      .json(b2cSuccess(request.OriginatorConversationID, 10000))
    await b2c.queue.drain()
    const refund = await Payout.findOrFail(first.body().id)
    assert.equal(refund.status, 'sent')
    assert.equal(await balance(escrow, 'refund_payable'), 0)
    assert.equal(await balance(owners.provider('mpesa'), 'provider_clearing'), 3_500_000)
    assert.lengthOf(await auditOf('refund.requested', { type: 'order', id: order.id }), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a refund the provider takes back after it was sent is owed again and the shipper is told, by push and SMS, once', async ({
    client,
    assert,
  }) => {
    const { world, order } = await paidOrder()
    const escrow = owners.order(order.id)
    const created = await client
      .post(`/api/v1/admin/orders/${order.id}/refunds`)
      .json({ amount: 1_000_000, key: 'refund-0002', reason: 'goods partly spoiled' })
      .loginAs(world.admin)
    created.assertStatus(201)
    await b2c.queue.drain()
    const [request] = b2c.requests()
    await client
      .post(b2c.callbackPath('result'))
      .json(b2cSuccess(request.OriginatorConversationID, 10000))
    await b2c.queue.drain()

    const heard: RefundEvent[] = []
    const off = emitter.on('money:refund_reversed', (event) => void heard.push(event))
    try {
      const reversals = await app.container.make(PayoutReversalService)
      assert.equal(
        await reversals.apply(created.body().id, 'taken back by the provider'),
        'applied'
      )
      assert.equal(await reversals.apply(created.body().id, 'taken back again'), 'ignored')
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      off()
    }
    assert.equal(await balance(escrow, 'refund_payable'), 1_000_000, 'owed to the shipper again')
    assert.lengthOf(heard, 1)
    assert.include(heard[0], { orderId: order.id, userId: world.shipper.id, amount: 1_000_000 })

    const recipients = await app.container.make(RecipientService)
    const intents = await recipients.forMoney({ name: 'money:refund_reversed', payload: heard[0] })
    assert.deepEqual(
      intents.map((intent) => [intent.userId, intent.kind, intent.eventKey]),
      [[world.shipper.id, 'refund_reversed', `refund:${created.body().id}:reversed`]]
    )
    for (const channel of ['push', 'sms'] as const) {
      assert.isTrue(defaultEnabled('shipper', 'refund_reversed', channel), channel)
    }
    const words = renderNotification('refund_reversed', intents[0].params, 'sw')
    assert.include(words.body, 'amerudisha')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('more than escrow holds, above the limit, or with nothing held: a 422 in the admin’s language and nothing moves', async ({
    client,
    assert,
  }) => {
    const { world, order } = await paidOrder()
    world.admin.locale = 'fr'
    await world.admin.save()
    const refund = (amount: number, key: string) =>
      client
        .post(`/api/v1/admin/orders/${order.id}/refunds`)
        .json({ amount, key, reason: 'test refusal' })
        .loginAs(world.admin)

    const tooMuch = await refund(4_500_001, 'refund-toomuch')
    tooMuch.assertStatus(422)
    assert.deepInclude(tooMuch.body().errors[0], {
      code: 'E_REFUND_REFUSED',
      field: 'amount',
      message: `Le remboursement dépasse les ${formatMoney(4_500_000, 'KES', 'fr')} en séquestre pour cette commande.`,
    })

    const unpaid = await makeAssignedOrder(world.shipper, world.carrier)
    const nothing = await client
      .post(`/api/v1/admin/orders/${unpaid.id}/refunds`)
      .json({ key: 'refund-nothing', reason: 'not paid' })
      .loginAs(world.admin)
    nothing.assertStatus(422)
    assert.equal(
      nothing.body().errors[0].message,
      'Cette commande n’a pas été payée par mobile money : aucun numéro où rembourser.'
    )
    assert.equal(await balance(owners.order(order.id), 'order_escrow'), 4_500_000)
    assert.lengthOf(await Payout.all(), 0)
    assert.lengthOf(await auditOf('refund.requested', { type: 'order', id: unpaid.id }), 0)
  })

  test('two refunds racing for the whole escrow: one wins, escrow never goes below zero', async ({
    client,
    assert,
  }) => {
    const { world, order } = await paidOrder()
    const attempts = await Promise.all(
      ['race-aaaa1', 'race-bbbb2'].map((key) =>
        client
          .post(`/api/v1/admin/orders/${order.id}/refunds`)
          .json({ key, reason: 'cancelled before pickup' })
          .loginAs(world.admin)
      )
    )
    const statuses = attempts.map((response) => response.status()).sort()
    assert.equal(statuses[0], 201)
    assert.include([409, 422], statuses[1])
    assert.equal(await balance(owners.order(order.id), 'order_escrow'), 0)
    assert.equal(await balance(owners.order(order.id), 'refund_payable'), 4_500_000)
    assert.lengthOf(await Payout.all(), 1)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a refund that failed for good can be cancelled: the money is back in escrow', async ({
    client,
    assert,
  }) => {
    const { world, order } = await paidOrder()
    const created = await client
      .post(`/api/v1/admin/orders/${order.id}/refunds`)
      .json({ key: 'refund-fail1', reason: 'shipper cancelled' })
      .loginAs(world.admin)
    await b2c.queue.drain()
    await client
      .post(b2c.callbackPath('result'))
      .json(b2cFailure(b2c.requests()[0].OriginatorConversationID))
    await b2c.queue.drain()
    const cancelled = await client
      .post(`/api/v1/admin/payouts/${created.body().id}/cancel`)
      .json({ reason: 'will refund in cash' })
      .loginAs(world.admin)
    cancelled.assertStatus(200)
    assert.equal(cancelled.body().status, 'cancelled')
    assert.equal(await balance(owners.order(order.id), 'order_escrow'), 4_500_000)
    assert.equal(await balance(owners.order(order.id), 'refund_payable'), 0)
    const again = await client
      .post(`/api/v1/admin/payouts/${created.body().id}/cancel`)
      .json({ reason: 'twice' })
      .loginAs(world.admin)
    again.assertStatus(409)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('a dispute split by an admin leaves as two payouts: the carrier’s share and the shipper’s refund', async ({
    client,
    assert,
  }) => {
    drive.fake('fs')
    const world = await makeWorld()
    await ownedByItsDispatcher(world.carrier)
    const order = await makeAssignedOrder(world.shipper, world.carrier, { status: 'delivered' })
    const payment = await markPaid(order)
    const opened = await client
      .post(`/api/v1/orders/${order.id}/dispute`)
      .fields({ reason: 'damaged', description: 'Three sacks arrived torn and wet.' })
      .file('evidence', PNG, { filename: 'torn.png' })
      .loginAs(world.shipper)
    opened.assertStatus(201)
    const decided = await client
      .post(`/api/v1/admin/disputes/${opened.body().dispute.id}/decision`)
      .json({ decision: 'split', carrierAmount: 3_000_000, note: 'A third was lost' })
      .loginAs(world.admin)
    decided.assertStatus(200)
    drive.restore('fs')

    await b2c.queue.drain()
    const sent = b2c.requests().map((request) => [request.PartyB, request.Amount])
    assert.sameDeepMembers(sent, [
      [world.carrier.dispatcher.phone.replace('+', ''), '27000'],
      [payment.phone!.replace('+', ''), '15000'],
    ])
    for (const request of b2c.requests()) {
      await client
        .post(new URL(request.ResultURL).pathname)
        .json(b2cSuccess(request.OriginatorConversationID, Number(request.Amount)))
    }
    await b2c.queue.drain()
    const escrow = owners.order(order.id)
    const carrier = owners.organisation(world.carrier.organisation.id)
    assert.equal(await balance(escrow, 'refund_payable'), 0)
    assert.equal(await balance(carrier, 'carrier_payable'), 0)
    assert.equal(await balance(carrier, 'payout_in_flight'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })
})
