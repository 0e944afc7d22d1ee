import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import Payout from '#money/models/payout'
import PayoutControls from '#money/services/payout_controls'
import moneyConfig from '#config/money'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { completedPaidOrder, useFakeB2c } from '#tests/money_fixtures'

/** The controls with other limits or the environment's switch, for one test. */
function useControls(overrides: Partial<typeof moneyConfig.payouts>) {
  app.container.swap(
    PayoutControls,
    () => new PayoutControls({ ...moneyConfig.payouts, ...overrides })
  )
}

test.group('Money: the payout kill switch and limits', (group) => {
  isolateDatabase(group)
  const b2c = standInForEachTest(group, useFakeB2c)
  group.each.teardown(() => app.container.restore(PayoutControls))

  test('paused by an admin, payouts wait in the queue and leave when resumed; both are audited', async ({
    client,
    assert,
  }) => {
    const before = await completedPaidOrder(client)
    const admin = before.world.admin
    // The first order's payout is queued before the switch.
    const pause = await client
      .put('/api/v1/admin/payouts/switch')
      .json({ paused: true, reason: 'suspected fraud on the shortcode' })
      .loginAs(admin)
    pause.assertStatus(200)
    assert.include(pause.body(), { paused: true, byEnvironment: false, changedBy: admin.id })

    const { order } = await completedPaidOrder(client)
    await b2c.queue.drain()
    assert.lengthOf(b2c.requests(), 0)
    const held = await Payout.findByOrFail('order_id', order.id)
    assert.include(held.serialize(), { status: 'queued', heldReason: 'paused' })
    const listed = await client.get('/api/v1/admin/payouts?status=queued').loginAs(admin)
    assert.lengthOf(listed.body().data, 2)
    assert.equal(
      listed.body().data[0].heldMessage,
      'Payouts are paused by the operators. It will be sent when they resume.'
    )
    const state = await client.get('/api/v1/admin/payouts/switch').loginAs(admin)
    assert.include(state.body(), { paused: true, queued: 2 })

    const resume = await client
      .put('/api/v1/admin/payouts/switch')
      .json({ paused: false, reason: 'cleared by Safaricom' })
      .loginAs(admin)
    resume.assertStatus(200)
    await b2c.queue.drain()
    assert.lengthOf(b2c.requests(), 2)
    await held.refresh()
    assert.include(held.serialize(), { status: 'sending', heldReason: null })
    const audit = await db
      .from('audit_events')
      // This admin's rows only: on PostgreSQL, tests that commit leave append-only audit rows behind.
      .where('actor_id', admin.id)
      .whereIn('action', ['payouts.paused', 'payouts.resumed'])
      .orderBy('id')
    assert.deepEqual(
      audit.map((row) => [row.action, row.reason]),
      [
        ['payouts.paused', 'suspected fraud on the shortcode'],
        ['payouts.resumed', 'cleared by Safaricom'],
      ]
    )
  })

  test('paused by PAYOUTS_PAUSED, nothing leaves and an admin cannot resume it', async ({
    client,
    assert,
  }) => {
    useControls({ pausedByEnv: true })
    const { world, order } = await completedPaidOrder(client)
    await b2c.queue.drain()
    assert.lengthOf(b2c.requests(), 0)
    const resume = await client
      .put('/api/v1/admin/payouts/switch')
      .json({ paused: false, reason: 'try to resume' })
      .loginAs(world.admin)
    resume.assertStatus(409)
    assert.equal(resume.body().errors[0].code, 'E_PAUSED_BY_ENVIRONMENT')
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.equal(payout.status, 'queued')
  })

  test('above the per-transaction limit a payout waits for an admin; past the daily limit it waits for tomorrow', async ({
    client,
    assert,
  }) => {
    useControls({ maxPerTransaction: { KES: 4_000_000 } })
    const big = await completedPaidOrder(client)
    await b2c.queue.drain()
    const refused = await Payout.findByOrFail('order_id', big.order.id)
    assert.include(refused.serialize(), { status: 'failed', failureReason: 'over_limit' })
    assert.lengthOf(b2c.requests(), 0)

    useControls({ maxPerDay: { KES: 5_000_000 } })
    const first = await completedPaidOrder(client)
    const second = await completedPaidOrder(client)
    await b2c.queue.drain()
    assert.lengthOf(b2c.requests(), 1)
    const sent = await Payout.findByOrFail('order_id', first.order.id)
    const waiting = await Payout.findByOrFail('order_id', second.order.id)
    assert.equal(sent.status, 'sending')
    assert.include(waiting.serialize(), { status: 'queued', heldReason: 'daily_limit' })
  })
})
