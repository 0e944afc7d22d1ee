import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import Payment from '#money/models/payment'
import AuditService from '#audit/services/audit_service'
import PaymentOperationsService from '#money/services/payment_operations_service'
import ReconcilePaymentsJob from '#money/jobs/reconcile_payments_job'
import accountsConfig from '#config/accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { signedInAgo } from '#tests/accounts_helpers'
import { makeAssignedOrder, makeWorld, type World } from '#tests/fixtures/marketplace'
import { auditOf, fixture, markPaid, useFakeDaraja } from '#tests/money_fixtures'

type Daraja = Awaited<ReturnType<typeof useFakeDaraja>>

const pendingAnswer = () => ({ status: 500, body: fixture('daraja-stk-query-pending-error.json') })
const paidAnswer = () => ({ status: 200, body: fixture('daraja-stk-query-response.json') })

/** An M-Pesa pay-in started `minutesAgo`; `acknowledged: false` when Daraja never answered the push. */
async function payIn(
  client: ApiClient,
  w: World,
  daraja: Daraja,
  { minutesAgo = 10, acknowledged = true } = {}
) {
  const order = await makeAssignedOrder(w.shipper, w.carrier)
  if (!acknowledged) daraja.answers.push = () => ({ status: 200, body: 'not json' })
  const started = await client
    .post(`/api/v1/orders/${order.id}/payments`)
    .json({ provider: 'mpesa' })
    .loginAs(w.shipper)
  started.assertStatus(201)
  await db
    .from('payments')
    .where('id', started.body().id)
    .update({ created_at: DateTime.now().minus({ minutes: minutesAgo }).toJSDate() })
  return Payment.findOrFail(started.body().id)
}

test.group('Money: pending pay-ins and reconciliation in the console', (group) => {
  isolateDatabase(group)
  const daraja = standInForEachTest(group, useFakeDaraja)

  /** A shipper's M-Pesa pay-in started ten minutes ago, which M-Pesa still calls pending. */
  async function waitingPayIn(client: ApiClient) {
    const w = await makeWorld()
    daraja.answers.query = pendingAnswer
    return { w, waiting: await payIn(client, w, daraja) }
  }

  test('the reconciliation job stores what it checked, and why it could not settle the rest', async ({
    client,
    assert,
  }) => {
    const { w, waiting } = await waitingPayIn(client)
    const silent = await payIn(client, w, daraja, { acknowledged: false })
    const fresh = await payIn(client, w, daraja, { minutesAgo: 0, acknowledged: false })

    const job = await app.container.make(ReconcilePaymentsJob)
    await job.handle()
    daraja.answers.query = paidAnswer
    await job.handle()

    const all = await client.get('/api/v1/admin/payments/reconciliations').loginAs(w.admin)
    all.assertStatus(200)
    const rows = all.body().data.map((r: any) => [r.paymentId, r.outcome, r.settled, r.reason])
    assert.deepEqual(rows, [
      [silent.id, 'pending', false, 'not_acknowledged'],
      [waiting.id, 'received', true, null],
      [silent.id, 'pending', false, 'not_acknowledged'],
      [waiting.id, 'pending', false, 'provider_pending'],
    ])
    assert.isTrue(all.body().data.every((r: any) => r.checkedBy === null && r.provider === 'mpesa'))

    const unsettled = await client
      .get('/api/v1/admin/payments/reconciliations')
      .qs({ unsettled: 'true', paymentId: silent.id })
      .loginAs(w.admin)
    assert.lengthOf(unsettled.body().data, 2)

    // What still waits: oldest first, its age, provider and last check; `stuck` leaves the fresh one out.
    const pending = await client.get('/api/v1/admin/payments/pending').loginAs(w.admin)
    pending.assertStatus(200)
    assert.deepEqual(
      pending.body().data.map((p: any) => [p.payment.id, p.stuck, p.acknowledged]),
      [
        [silent.id, true, false],
        [fresh.id, false, false],
      ]
    )
    const [first] = pending.body().data
    assert.isAtLeast(first.ageMinutes, 9)
    assert.equal(first.payment.provider, 'mpesa')
    assert.equal(first.lastCheck.reason, 'not_acknowledged')
    const stuck = await client.get('/api/v1/admin/payments/pending?stuck=true').loginAs(w.admin)
    assert.deepEqual(
      stuck.body().data.map((p: any) => p.payment.id),
      [silent.id]
    )
  })

  test('an admin asks the provider now, or stops waiting; each with a reason, audited once, stored as a check', async ({
    client,
    assert,
  }) => {
    const { w, waiting } = await waitingPayIn(client)
    const silent = await payIn(client, w, daraja, { acknowledged: false })
    const reason = 'The shipper called about it'

    const noReason = await client
      .post(`/api/v1/admin/payments/${silent.id}/close`)
      .json({})
      .loginAs(w.admin)
    noReason.assertStatus(422)
    await silent.refresh()
    assert.equal(silent.status, 'pending')
    assert.lengthOf(await db.from('payment_reconciliations'), 0)

    const checked = await client
      .post(`/api/v1/admin/payments/${waiting.id}/check`)
      .json({ reason })
      .loginAs(w.admin)
    checked.assertStatus(200)
    assert.deepInclude(checked.body().check, {
      outcome: 'pending',
      reason: 'provider_pending',
      checkedBy: w.admin.id,
    })
    assert.equal(checked.body().payment.status, 'pending')

    daraja.answers.query = paidAnswer
    const paid = await client
      .post(`/api/v1/admin/payments/${waiting.id}/check`)
      .json({ reason })
      .loginAs(w.admin)
    assert.equal(paid.body().payment.status, 'received')

    const closed = await client
      .post(`/api/v1/admin/payments/${silent.id}/close`)
      .json({ reason })
      .loginAs(w.admin)
    closed.assertStatus(200)
    assert.deepInclude(closed.body().payment, { status: 'failed', failureReason: 'unreachable' })
    assert.deepInclude(closed.body().check, { outcome: 'failed', settled: true })

    // Already settled: refused, nothing stored, nothing audited.
    const again = await client
      .post(`/api/v1/admin/payments/${silent.id}/close`)
      .json({ reason })
      .loginAs(w.admin)
    again.assertStatus(409)
    assert.lengthOf(await db.from('payment_reconciliations'), 3)
    const checks = await auditOf('payment.checked', { type: 'payment', id: waiting.id })
    assert.deepEqual(
      checks.map((row) => row.reason),
      [reason, reason]
    )
    assert.lengthOf(await auditOf('payment.checked', { type: 'payment', id: silent.id }), 0)
    const [close] = await auditOf('payment.closed', { type: 'payment', id: silent.id })
    assert.equal(close.subject_id, String(silent.id))
    assert.deepInclude(close.after, { status: 'failed', outcome: 'failed' })

    // Moving money state needs a recent sign-in.
    const other = await payIn(client, w, daraja, { acknowledged: false })
    const stale = await signedInAgo(w.admin, accountsConfig.recentSignInMinutes + 1)
    const refused = await client
      .post(`/api/v1/admin/payments/${other.id}/close`)
      .json({ reason })
      .bearerToken(stale)
    refused.assertStatus(403)
    await other.refresh()
    assert.equal(other.status, 'pending')
  })

  test('a check whose audit row cannot be written applies nothing: the money, the check and the audit row go together', async ({
    client,
    assert,
  }) => {
    const { w, waiting } = await waitingPayIn(client)
    daraja.answers.query = paidAnswer
    class FailingAudit extends AuditService {
      override record(): never {
        throw new Error('the audit log is unreachable')
      }
    }
    app.container.swap(AuditService, () => new FailingAudit())
    try {
      const operations = await app.container.make(PaymentOperationsService)
      await assert.rejects(
        () => operations.check(waiting.id, w.admin, 'The shipper says they paid'),
        /audit log is unreachable/
      )
    } finally {
      app.container.restore(AuditService)
    }
    // M-Pesa says paid, but without its audit row nothing of it stays: it is still to apply.
    await waiting.refresh()
    assert.equal(waiting.status, 'pending')
    assert.lengthOf(await db.from('ledger_journals').where('order_id', waiting.orderId), 0)
    assert.lengthOf(await db.from('payment_reconciliations').where('payment_id', waiting.id), 0)
    assert.lengthOf(await auditOf('payment.checked', { type: 'payment', id: waiting.id }), 0)

    const again = await client
      .post(`/api/v1/admin/payments/${waiting.id}/check`)
      .json({ reason: 'The shipper says they paid' })
      .loginAs(w.admin)
    again.assertStatus(200)
    assert.equal(again.body().payment.status, 'received')
    assert.lengthOf(await db.from('ledger_journals').where('order_id', waiting.orderId), 1)
    const [row] = await auditOf('payment.checked', { type: 'payment', id: waiting.id })
    assert.deepInclude(row.after, { status: 'received', outcome: 'received' })
  })

  test('an admin verifies the ledger from the console: sound, or each broken invariant named', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const order = await makeAssignedOrder(w.shipper, w.carrier)
    await markPaid(order)

    const sound = await client.get('/api/v1/admin/ledger/verification').loginAs(w.admin)
    sound.assertStatus(200)
    assert.deepInclude(sound.body(), { sound: true, problems: [] })

    const account = await db.from('ledger_accounts').where('purpose', 'order_escrow').firstOrFail()
    await db
      .from('ledger_accounts')
      .where('id', account.id)
      .update({ balance: Number(account.balance) - 100 })
    const broken = await client.get('/api/v1/admin/ledger/verification').loginAs(w.admin)
    assert.isFalse(broken.body().sound)
    assert.includeMembers(
      broken.body().problems.map((p: any) => p.check),
      ['balance', 'trial_balance']
    )
    // The facts by name, for the console to word in the reader's language.
    const drift = broken.body().problems.find((p: any) => p.check === 'balance')
    assert.deepInclude(drift.values, {
      account: Number(account.id),
      purpose: 'order_escrow',
      balance: Number(account.balance) - 100,
      computed: Number(account.balance),
    })
  })
})
