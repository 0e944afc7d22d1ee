import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import User from '#accounts/models/user'
import Dispute from '#orders/models/dispute'
import accountsConfig from '#config/accounts'
import { isolateDatabase } from '#tests/helpers'
import { signedInAgo } from '#tests/accounts_helpers'
import { makeAssignedOrder, makeWorld, statusOf } from '#tests/fixtures/marketplace'

test.group('Sensitive actions need a recent sign-in', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('an admin whose sign-in is older than RECENT_SIGN_IN_MINUTES is told to sign in again, and nothing changes or is audited', async ({
    client,
    assert,
  }) => {
    const world = await makeWorld()
    const target = world.carrier.driver
    const order = await makeAssignedOrder(world.shipper, world.carrier, { status: 'disputed' })
    const dispute = await Dispute.create({
      orderId: order.id,
      openedById: world.shipper.id,
      reason: 'damaged',
      description: 'Torn sacks on arrival',
      evidence: [],
      status: 'open',
    })
    const stale = await signedInAgo(world.admin, accountsConfig.recentSignInMinutes + 1)
    const sensitive = {
      'suspend': () => client.post(`/api/v1/admin/users/${target.id}/suspend`),
      'reinstate': () => client.post(`/api/v1/admin/users/${target.id}/reinstate`),
      'reveal-phone': () => client.post(`/api/v1/admin/users/${target.id}/reveal-phone`),
      'update': () => client.patch(`/api/v1/admin/users/${target.id}`),
      'decision': () => client.post(`/api/v1/admin/disputes/${dispute.id}/decision`),
    }
    const bodies: Record<string, object> = {
      update: { name: 'Renamed' },
      decision: { decision: 'pay_carrier', note: 'Photos show intact sacks' },
    }
    for (const [name, call] of Object.entries(sensitive)) {
      const response = await call()
        .json(bodies[name] ?? { reason: 'Reported by the carrier' })
        .bearerToken(stale)
      response.assertStatus(403)
      assert.equal(response.body().errors[0].code, 'E_RECENT_SIGN_IN_REQUIRED', name)
      assert.match(response.body().errors[0].message, /sign in again/)
    }
    const created = await client
      .post('/api/v1/admin/users')
      .json({ phone: '+254711999888', name: 'New Admin', role: 'admin' })
      .bearerToken(stale)
    created.assertStatus(403)

    // Reading stays open to the same session.
    const list = await client.get('/api/v1/admin/users').bearerToken(stale)
    list.assertStatus(200)
    const queue = await client.get('/api/v1/admin/disputes').bearerToken(stale)
    queue.assertStatus(200)

    const unchanged = await User.findOrFail(target.id)
    assert.isNull(unchanged.suspendedAt)
    assert.notEqual(unchanged.name, 'Renamed')
    assert.equal(await statusOf(order.id), 'disputed')
    // This admin's rows only: on PostgreSQL, tests that commit leave append-only audit rows behind.
    assert.lengthOf(await db.from('audit_events').where('actor_id', world.admin.id), 0)

    // Signed in again a moment ago: the same action goes through.
    const fresh = await signedInAgo(world.admin, accountsConfig.recentSignInMinutes - 1)
    const suspended = await client
      .post(`/api/v1/admin/users/${target.id}/suspend`)
      .json({ reason: 'Reported by the carrier' })
      .bearerToken(fresh)
    suspended.assertStatus(200)
  })

  test('the window is the configured one', async ({ client }) => {
    const world = await makeWorld()
    const before = accountsConfig.recentSignInMinutes
    accountsConfig.recentSignInMinutes = 60
    try {
      const token = await signedInAgo(world.admin, 30)
      const revealed = await client
        .post(`/api/v1/admin/users/${world.shipper.id}/reveal-phone`)
        .json({ reason: 'Shipper asked for a call back' })
        .bearerToken(token)
      revealed.assertStatus(200)
    } finally {
      accountsConfig.recentSignInMinutes = before
    }
  })
})
