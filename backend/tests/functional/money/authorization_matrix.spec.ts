import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import PayoutService from '#money/services/payout_service'
import type { ApiClient, ApiRequest } from '@japa/api-client'
import type User from '#accounts/models/user'
import Payout from '#money/models/payout'
import Payment from '#money/models/payment'
import PayoutNumber from '#money/models/payout_number'
import { DateTime } from 'luxon'
import { isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeUser, makeWorld, type World } from '#tests/fixtures/marketplace'
import { makeCooperative } from '#tests/collections_fixtures'
import { completedPaidOrder, markPaid } from '#tests/money_fixtures'

/**
 * Every money admin route of the console (journals, balances, payouts,
 * refunds, mark sent / not sent, retry and cancel, the kill switch, pending
 * pay-ins and reconciliation, the ledger's verification) against
 * every role: only an admin gets through; everyone else is refused with 403
 * and nothing changes: no payout moves, no journal, no audit row.
 */
async function people(w: World) {
  const coop = await makeCooperative()
  return {
    shipper: w.shipper,
    carrierOwner: w.carrier.dispatcher,
    carrierDriver: w.carrier.driver,
    platformDispatcher: w.platformDispatcher,
    cooperativeManager: coop.manager,
    clerk: coop.clerk,
    grader: coop.grader,
    unattachedDriver: await makeUser('driver', null),
    admin: w.admin,
  }
}
type Role = keyof Awaited<ReturnType<typeof people>>

interface Fixture {
  orderId: number
  payoutId: number
  paymentId?: number
  payoutNumberId?: number
}

/** A settled order whose carrier payout is in the given state, as the payout job leaves it. */
async function payoutIn(client: ApiClient, w: World, status: 'queued' | 'sending' | 'failed') {
  const { order } = await completedPaidOrder(client, { world: w })
  const payout = await Payout.findByOrFail('order_id', order.id)
  payout.merge(
    status === 'failed'
      ? { status, failureReason: 'platform_account' }
      : status === 'sending'
        ? { status, originatorConversationId: `NJIA-${payout.id}-1` }
        : { status }
  )
  await payout.save()
  return { orderId: order.id, payoutId: payout.id }
}

/** A paid order's refund that no provider can send, waiting for an operator to return it by hand. */
async function refundByHand(_client: ApiClient, w: World) {
  const order = await makeAssignedOrder(w.shipper, w.carrier, { status: 'in_transit' })
  const payment = await markPaid(order)
  const payouts = await app.container.make(PayoutService)
  const refund = await db.transaction((trx) =>
    payouts.create(
      {
        kind: 'refund',
        idempotencyKey: `refund:${order.id}:payment:${payment.id}`,
        orderId: order.id,
        paymentId: payment.id,
        provider: 'mpesa',
        amount: payment.amount,
        currency: payment.currency,
        phone: payment.phone!,
        waitsForOperator: 'manual_return',
      },
      trx
    )
  )
  return { orderId: order.id, payoutId: refund.id }
}

/** A paid order still in transit: its escrow can be refunded. */
async function paidOrder(_client: ApiClient, w: World) {
  const order = await makeAssignedOrder(w.shipper, w.carrier, { status: 'in_transit' })
  await markPaid(order)
  return { orderId: order.id, payoutId: 0 }
}

/** A replaced payout number whose warning SMS was never sent (its job gave up). */
async function unsentAlert(_client: ApiClient, w: World) {
  const number = await PayoutNumber.create({
    organisationId: w.carrier.organisation.id,
    phone: '+254733111222',
    replacedPhone: '+254700000123',
    confirmedAt: DateTime.now().minus({ hours: 3 }),
  })
  return { orderId: 0, payoutId: 0, payoutNumberId: number.id }
}

/** A pay-in the provider never acknowledged, still pending: an operator may check or close it. */
async function pendingPayIn(_client: ApiClient, w: World) {
  const order = await makeAssignedOrder(w.shipper, w.carrier)
  const payment = await Payment.create({
    orderId: order.id,
    payerId: w.shipper.id,
    provider: 'mpesa',
    amount: order.priceAmount!,
    currency: order.currency,
    phone: '+254722000000',
    status: 'pending',
    callbackToken: `matrix-token-${order.id}-abcdefghijklmnop`,
    accountReference: `NJIA-${order.id}`,
  })
  return { orderId: order.id, payoutId: 0, paymentId: payment.id }
}

const reason = 'Checked with the provider'

const CASES: {
  endpoint: string
  setup: (client: ApiClient, w: World) => Promise<Fixture>
  call: (client: ApiClient, f: Fixture) => ApiRequest
  admin: number
}[] = [
  {
    endpoint: 'GET /admin/payouts (payouts and refunds, stuck ones with attention)',
    setup: (c, w) => payoutIn(c, w, 'failed'),
    call: (c) => c.get('/api/v1/admin/payouts').qs({ attention: 'true' }),
    admin: 200,
  },
  {
    endpoint: 'GET /admin/ledger/totals (balances per currency)',
    setup: paidOrder,
    call: (c) => c.get('/api/v1/admin/ledger/totals'),
    admin: 200,
  },
  {
    endpoint: 'GET /admin/orders/:id/ledger (an order’s payments and journals)',
    setup: paidOrder,
    call: (c, f) => c.get(`/api/v1/admin/orders/${f.orderId}/ledger`),
    admin: 200,
  },
  {
    endpoint: 'GET /admin/payouts/switch (the kill switch)',
    setup: paidOrder,
    call: (c) => c.get('/api/v1/admin/payouts/switch'),
    admin: 200,
  },
  {
    endpoint: 'PUT /admin/payouts/switch (pause every payout)',
    setup: paidOrder,
    call: (c) => c.put('/api/v1/admin/payouts/switch').json({ paused: true, reason }),
    admin: 200,
  },
  {
    endpoint: 'POST /admin/payouts/:id/retry',
    setup: (c, w) => payoutIn(c, w, 'failed'),
    call: (c, f) => c.post(`/api/v1/admin/payouts/${f.payoutId}/retry`).json({ reason }),
    admin: 200,
  },
  {
    endpoint: 'POST /admin/payouts/:id/cancel',
    setup: (c, w) => payoutIn(c, w, 'failed'),
    call: (c, f) => c.post(`/api/v1/admin/payouts/${f.payoutId}/cancel`).json({ reason }),
    admin: 200,
  },
  {
    endpoint: 'POST /admin/payouts/:id/mark-sent',
    setup: (c, w) => payoutIn(c, w, 'sending'),
    call: (c, f) =>
      c
        .post(`/api/v1/admin/payouts/${f.payoutId}/mark-sent`)
        .json({ receipt: 'SG632NMUAB', reason }),
    admin: 200,
  },
  {
    endpoint: 'POST /admin/payouts/:id/mark-failed',
    setup: (c, w) => payoutIn(c, w, 'sending'),
    call: (c, f) => c.post(`/api/v1/admin/payouts/${f.payoutId}/mark-failed`).json({ reason }),
    admin: 200,
  },
  {
    endpoint: 'POST /admin/payouts/:id/refunded-by-hand',
    setup: refundByHand,
    call: (c, f) => c.post(`/api/v1/admin/payouts/${f.payoutId}/refunded-by-hand`).json({ reason }),
    admin: 200,
  },
  {
    endpoint: 'GET /admin/ledger/verification (run the ledger verifier)',
    setup: paidOrder,
    call: (c) => c.get('/api/v1/admin/ledger/verification'),
    admin: 200,
  },
  {
    endpoint: 'GET /admin/payout-number-alerts (money alerts not sent)',
    setup: unsentAlert,
    call: (c) => c.get('/api/v1/admin/payout-number-alerts'),
    admin: 200,
  },
  {
    endpoint: 'POST /admin/payout-number-alerts/:id/send (send an alert again)',
    setup: unsentAlert,
    call: (c, f) => c.post(`/api/v1/admin/payout-number-alerts/${f.payoutNumberId}/send`),
    admin: 200,
  },
  {
    endpoint: 'GET /admin/payments/pending (pending and stuck pay-ins)',
    setup: pendingPayIn,
    call: (c) => c.get('/api/v1/admin/payments/pending').qs({ stuck: 'false' }),
    admin: 200,
  },
  {
    endpoint: 'GET /admin/payments/reconciliations (what reconciliation found)',
    setup: pendingPayIn,
    call: (c) => c.get('/api/v1/admin/payments/reconciliations').qs({ unsettled: 'true' }),
    admin: 200,
  },
  {
    endpoint: 'POST /admin/payments/:id/check (ask the provider now)',
    setup: pendingPayIn,
    call: (c, f) => c.post(`/api/v1/admin/payments/${f.paymentId}/check`).json({ reason }),
    admin: 200,
  },
  {
    endpoint: 'POST /admin/payments/:id/close (stop waiting for a pay-in)',
    setup: pendingPayIn,
    call: (c, f) => c.post(`/api/v1/admin/payments/${f.paymentId}/close`).json({ reason }),
    admin: 200,
  },
  {
    endpoint: 'POST /admin/orders/:id/refunds',
    setup: paidOrder,
    call: (c, f) =>
      c
        .post(`/api/v1/admin/orders/${f.orderId}/refunds`)
        .json({ key: `matrix-${f.orderId}`, reason }),
    admin: 201,
  },
]

/** What an accepted request would change: payouts, pay-ins and their checks, journals, audit rows, the switch. */
async function footprint() {
  const [payouts, payments, checks, journals, audit, switches] = await Promise.all([
    db.from('payouts').select('id', 'status', 'attempt').orderBy('id'),
    db.from('payments').select('id', 'status').orderBy('id'),
    db.from('payment_reconciliations').count('* as n').first(),
    db.from('ledger_journals').count('* as n').first(),
    db.from('audit_events').count('* as n').first(),
    db.from('money_settings').select('key', 'value').orderBy('key'),
  ])
  return JSON.stringify({ payouts, payments, checks, journals, audit, switches })
}

test.group('Money: authorization matrix of the console’s admin routes', (group) => {
  isolateDatabase(group)

  for (const testCase of CASES) {
    test(testCase.endpoint, async ({ client, assert }) => {
      const w = await makeWorld()
      const roles = await people(w)
      const fixture = await testCase.setup(client, w)
      const before = await footprint()
      const actual: Partial<Record<Role, number>> = {}
      for (const [role, user] of Object.entries(roles) as [Role, User][]) {
        if (role === 'admin') continue
        const response = await testCase.call(client, fixture).loginAs(user)
        actual[role] = response.status()
      }
      const anonymous = await testCase.call(client, fixture)
      assert.equal(await footprint(), before, 'a refused request changed something')
      const admin = await testCase.call(client, fixture).loginAs(roles.admin)
      actual.admin = admin.status()
      assert.deepEqual(actual, {
        shipper: 403,
        carrierOwner: 403,
        carrierDriver: 403,
        platformDispatcher: 403,
        cooperativeManager: 403,
        clerk: 403,
        grader: 403,
        unattachedDriver: 403,
        admin: testCase.admin,
      })
      assert.equal(anonymous.status(), 401)
    })
  }
})
