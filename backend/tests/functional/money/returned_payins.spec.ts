import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Payout from '#money/models/payout'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners } from '#money/ledger_accounts'
import { isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { auditOf, fixture, paidAfterCancel, sentJournals } from '#tests/money_fixtures'
import {
  orangeNotification,
  useFakeOrangeCashin,
  useFakeOrangeMoney,
} from '#tests/orange_money_fixtures'
import { airtelSettles, useFakeAirtel, useFakeAirtelPayouts } from '#tests/airtel_fixtures'

const balance = (orderId: number, purpose: 'order_escrow' | 'refund_payable', currency: string) =>
  new LedgerService().balance({ owner: owners.order(orderId), purpose, currency })

test.group('Money: pay-ins the order cannot take go back to their payer', (group) => {
  isolateDatabase(group)

  test('an Orange Money pay-in confirmed after the order was cancelled goes back by Orange cash-in, once, however often Orange notifies', async ({
    client,
    assert,
  }) => {
    const payin = await useFakeOrangeMoney()
    // Its queue runs every job, the pay-in's and the refund's.
    const cashin = await useFakeOrangeCashin()
    try {
      const { order, payment } = await paidAfterCancel(client, 'orange_money', '77 123 45 67', {
        currency: 'XOF',
        priceAmount: 45_000,
      })
      payin.state.status = 'SUCCESS'
      const [webpayment] = payin.calls('/orange-money-webpay/dev/v1/webpayment')
      const notifUrl = new URL(JSON.parse(webpayment.raw.toString()).notif_url).pathname
      const notifToken = fixture('orange-om-webpayment-response.json').notif_token
      for (let i = 0; i < 2; i++) {
        const ack = await client.post(notifUrl).json(orangeNotification('SUCCESS', notifToken))
        ack.assertStatus(200)
      }
      await cashin.queue.drain()

      const refund = await Payout.findByOrFail('payment_id', payment.id)
      assert.include(refund.serialize(), {
        kind: 'refund',
        provider: 'orange_money',
        status: 'sent',
        amount: 45_000,
      })
      assert.lengthOf(cashin.cashins(), 1)
      assert.deepEqual(cashin.cashins()[0].customer, { idType: 'MSISDN', id: '771234567' })
      assert.equal(await balance(order.id, 'order_escrow', 'XOF'), 0)
      const [audit] = await auditOf('payment.unwanted', { type: 'order', id: order.id })
      assert.equal(audit.after.returnedBy, 'refund')
      assert.equal(await sentJournals(refund.id), 1)
      assert.deepEqual(await new LedgerVerifier().verify(), [])
    } finally {
      await cashin.restore()
      await payin.restore()
    }
  })

  test('where no provider can send it back, the pay-in waits in the console as a refund for an operator, who records it returned by hand: once, with a reason, audited, journalled', async ({
    client,
    assert,
  }) => {
    const collection = await useFakeAirtel()
    // Airtel pays out in TZS and UGX here, not in KES: a Kenyan Airtel pay-in cannot go back by itself.
    const payouts = await useFakeAirtelPayouts(['TZS', 'UGX'])
    try {
      const { world, order, payment } = await paidAfterCancel(client, 'airtel', '0733 123 456', {
        currency: 'KES',
        priceAmount: 4_500_000,
      })
      await airtelSettles(client, collection, payment.providerRef!)
      await payouts.queue.drain()

      const refund = await Payout.findByOrFail('payment_id', payment.id)
      assert.include(refund.serialize(), {
        kind: 'refund',
        status: 'failed',
        failureReason: 'manual_return',
      })
      assert.lengthOf(payouts.requests(), 0)
      assert.equal(await balance(order.id, 'order_escrow', 'KES'), 0)
      assert.equal(await balance(order.id, 'refund_payable', 'KES'), 4_500_000)
      const [unwanted] = await auditOf('payment.unwanted', { type: 'order', id: order.id })
      assert.equal(unwanted.after.returnedBy, 'by_hand')

      const listed = await client.get('/api/v1/admin/payouts?attention=true').loginAs(world.admin)
      const item = listed.body().data.find((p: { id: number }) => p.id === refund.id)
      assert.equal(
        item.failureMessage,
        'No provider can send this back from here: return it to the payer by hand, then record it.'
      )

      // Nothing can send it: a retry is refused and nothing moves.
      const retried = await client
        .post(`/api/v1/admin/payouts/${refund.id}/retry`)
        .json({ reason: 'try again' })
        .loginAs(world.admin)
      retried.assertStatus(409)
      assert.equal(retried.body().errors[0].code, 'E_PROVIDER_UNAVAILABLE')

      const path = `/api/v1/admin/payouts/${refund.id}/refunded-by-hand`
      const noReason = await client.post(path).json({}).loginAs(world.admin)
      noReason.assertStatus(422)
      assert.equal(noReason.body().errors[0].field, 'reason')
      const byHand = await client
        .post(path)
        .json({ receipt: 'AIRTEL-KE-778', reason: 'sent back from the Airtel merchant portal' })
        .loginAs(world.admin)
      byHand.assertStatus(200)
      assert.include(byHand.body(), { status: 'sent', receipt: 'AIRTEL-KE-778' })
      const again = await client
        .post(path)
        .json({ reason: 'twice by mistake' })
        .loginAs(world.admin)
      again.assertStatus(409)

      assert.equal(await balance(order.id, 'refund_payable', 'KES'), 0)
      assert.equal(await sentJournals(refund.id), 1)
      const [journal] = await db
        .from('ledger_journals')
        .where('idempotency_key', `payout:${refund.id}:sent`)
      assert.equal(journal.kind, 'refund_payout_returned_by_hand')
      const [audit] = await auditOf('payout.refunded_by_hand', { type: 'payout', id: refund.id })
      assert.include(audit, { reason: 'sent back from the Airtel merchant portal' })
      assert.include(audit.after, { status: 'sent', receipt: 'AIRTEL-KE-778' })
      assert.lengthOf(payouts.requests(), 0)
      assert.deepEqual(await new LedgerVerifier().verify(), [])
    } finally {
      await payouts.restore()
      await collection.restore()
    }
  })

  test('only a failed refund with nothing in flight can be recorded as returned by hand', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    const carrier = await Payout.create({
      kind: 'carrier',
      idempotencyKey: `settlement:${order.id}`,
      organisationId: world.carrier.organisation.id,
      orderId: order.id,
      provider: 'mpesa',
      amount: 1_000,
      currency: 'KES',
      phone: '+254722000000',
      status: 'failed',
      failureReason: 'declined',
      attempt: 1,
      callbackToken: 'token-carrier',
    })
    const refused = await client
      .post(`/api/v1/admin/payouts/${carrier.id}/refunded-by-hand`)
      .json({ reason: 'paid in cash' })
      .loginAs(world.admin)
    refused.assertStatus(409)
    assert.equal(refused.body().errors[0].code, 'E_INVALID_STATE')
    const byShipper = await client
      .post(`/api/v1/admin/payouts/${carrier.id}/refunded-by-hand`)
      .json({ reason: 'paid in cash' })
      .loginAs(world.shipper)
    byShipper.assertStatus(403)
    await carrier.refresh()
    assert.equal(carrier.status, 'failed')
  })
})
