import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Payout from '#money/models/payout'
import accountsConfig from '#config/accounts'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { signedInAgo } from '#tests/accounts_helpers'
import { makeAssignedOrder } from '#tests/fixtures/marketplace'
import { completedPaidOrder, markPaid, useFakeB2c } from '#tests/money_fixtures'

test.group('Money: moving or stopping money needs a recent sign-in', (group) => {
  isolateDatabase(group)
  standInForEachTest(group, useFakeB2c)

  test('an admin signed in too long ago cannot retry, cancel, refund or pause; after signing in again they can', async ({
    client,
    assert,
  }) => {
    const { world, order: settled } = await completedPaidOrder(client)
    const payout = await Payout.findByOrFail('order_id', settled.id)
    const paid = await makeAssignedOrder(world.shipper, world.carrier)
    await markPaid(paid)
    const stale = await signedInAgo(world.admin, accountsConfig.recentSignInMinutes + 1)
    const reason = { reason: 'Asked by the shipper' }
    const actions = {
      retry: () => client.post(`/api/v1/admin/payouts/${payout.id}/retry`).json(reason),
      cancel: () => client.post(`/api/v1/admin/payouts/${payout.id}/cancel`).json(reason),
      refund: () =>
        client
          .post(`/api/v1/admin/orders/${paid.id}/refunds`)
          .json({ key: 'refund-0001', amount: 1_000_000, ...reason }),
      pause: () => client.put('/api/v1/admin/payouts/switch').json({ paused: true, ...reason }),
    }
    for (const [name, call] of Object.entries(actions)) {
      const response = await call().bearerToken(stale)
      response.assertStatus(403)
      assert.equal(response.body().errors[0].code, 'E_RECENT_SIGN_IN_REQUIRED', name)
    }

    // Nothing moved, nothing was recorded; reading stays open.
    await payout.refresh()
    assert.equal(payout.status, 'queued')
    assert.lengthOf(await Payout.query().where('kind', 'refund'), 0)
    // This admin's: on PostgreSQL, committed audit rows of earlier tests (period_race) outlive them.
    assert.lengthOf(await db.from('audit_events').where('actor_id', world.admin.id), 0)
    const state = await client.get('/api/v1/admin/payouts/switch').bearerToken(stale)
    state.assertStatus(200)
    assert.isFalse(state.body().paused)

    const fresh = await signedInAgo(world.admin, accountsConfig.recentSignInMinutes - 1)
    const refunded = await actions.refund().bearerToken(fresh)
    refunded.assertStatus(201)
    const paused = await actions.pause().bearerToken(fresh)
    paused.assertStatus(200)
    assert.isTrue(paused.body().paused)
  })
})
