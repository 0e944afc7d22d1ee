import { test } from '@japa/runner'
import type { Socket } from 'socket.io-client'
import db from '@adonisjs/lucid/services/db'
import AuditEvent from '#audit/models/audit_event'
import User from '#accounts/models/user'
import {
  codeFromOutbox,
  isolateAccounts,
  makeUser,
  tokenFor,
  uniquePhone,
} from '#tests/accounts_helpers'
import {
  connected,
  nextEvent,
  socketFor,
  startRealtime,
  stopRealtime,
} from '#tests/tracking_fixtures'

async function auditRows(action: string, userId: number) {
  return AuditEvent.query().where('action', action).where('subject_id', String(userId))
}

test.group('admin console / accounts', (group) => {
  isolateAccounts(group)
  let url: string
  const sockets: Socket[] = []
  group.setup(async () => {
    url = await startRealtime()
    return () => stopRealtime()
  })
  group.each.teardown(() => sockets.splice(0).forEach((s) => s.disconnect()))

  test('finds users by part of a name or of a phone; phones come masked', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin' })
    const wanjiru = await makeUser({
      role: 'driver',
      name: 'Wanjiru Kamau',
      phone: '+254700123456',
    })
    await makeUser({ role: 'driver', name: 'Otieno' })

    const byName = await client.get('/api/v1/admin/users').qs({ q: 'kamau' }).loginAs(admin)
    byName.assertStatus(200)
    assert.deepEqual(
      byName.body().data.map((u: { id: number }) => u.id),
      [wanjiru.id]
    )
    assert.equal(byName.body().data[0].phone, '+254•••••••56')
    assert.isNull(byName.body().data[0].suspendedAt)

    const byPhone = await client.get('/api/v1/admin/users').qs({ q: '0012 345' }).loginAs(admin)
    assert.deepEqual(
      byPhone.body().data.map((u: { id: number }) => u.id),
      [wanjiru.id]
    )
  })

  test('revealing a phone needs a reason and is logged once per reveal', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin' })
    const driver = await makeUser({ role: 'driver' })
    const noReason = await client
      .post(`/api/v1/admin/users/${driver.id}/reveal-phone`)
      .json({})
      .loginAs(admin)
    noReason.assertStatus(422)
    assert.lengthOf(await auditRows('user.phone_revealed', driver.id), 0)

    const response = await client
      .post(`/api/v1/admin/users/${driver.id}/reveal-phone`)
      .json({ reason: 'Calling about a stuck payout' })
      .loginAs(admin)
    response.assertStatus(200)
    assert.deepEqual(response.body(), { phone: driver.phone })
    const rows = await auditRows('user.phone_revealed', driver.id)
    assert.lengthOf(rows, 1)
    assert.equal(rows[0].actorId, admin.id)
    assert.equal(rows[0].reason, 'Calling about a stuck payout')
  })

  test('suspending ends every token and open socket at once, and sign-in is refused', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin' })
    const driver = await makeUser({ role: 'driver' })
    const token = await tokenFor(driver)
    const socket = socketFor(url, await tokenFor(driver))
    sockets.push(socket)
    await connected(socket)
    const dropped = nextEvent(socket, 'disconnect')

    const response = await client
      .post(`/api/v1/admin/users/${driver.id}/suspend`)
      .json({ reason: 'Forged insurance' })
      .loginAs(admin)
    response.assertStatus(200)
    assert.isString(response.body().suspendedAt)
    assert.equal(response.body().suspensionReason, 'Forged insurance')

    assert.equal(await dropped, 'io server disconnect')
    const me = await client.get('/api/v1/me').bearerToken(token)
    me.assertStatus(401)
    const [{ total }] = await db
      .from('auth_access_tokens')
      .where('tokenable_id', driver.id)
      .count('* as total')
    assert.equal(Number(total), 0)

    // A new socket is refused, and so is a new sign-in.
    await client.post('/api/v1/auth/otp/request').json({ phone: driver.phone })
    const code = await codeFromOutbox(client, driver.phone)
    const signIn = await client.post('/api/v1/auth/otp/verify').json({ phone: driver.phone, code })
    signIn.assertStatus(403)
    assert.equal(signIn.body().errors[0].code, 'E_ACCOUNT_SUSPENDED')

    const again = await client
      .post(`/api/v1/admin/users/${driver.id}/suspend`)
      .json({ reason: 'Forged insurance' })
      .loginAs(admin)
    again.assertStatus(409)
    const rows = await auditRows('user.suspended', driver.id)
    assert.lengthOf(rows, 1)
    assert.deepEqual(rows[0].after, { suspended: true, tokensEnded: 2 })
  })

  test('reinstating lets the user sign in again; logged once', async ({ client, assert }) => {
    const admin = await makeUser({ role: 'admin' })
    const driver = await makeUser({ role: 'driver' })
    await client
      .post(`/api/v1/admin/users/${driver.id}/suspend`)
      .json({ reason: 'Forged insurance' })
      .loginAs(admin)
    const response = await client
      .post(`/api/v1/admin/users/${driver.id}/reinstate`)
      .json({ reason: 'New insurance checked' })
      .loginAs(admin)
    response.assertStatus(200)
    assert.isNull(response.body().suspendedAt)

    await client.post('/api/v1/auth/otp/request').json({ phone: driver.phone })
    const code = await codeFromOutbox(client, driver.phone)
    const signIn = await client.post('/api/v1/auth/otp/verify').json({ phone: driver.phone, code })
    signIn.assertStatus(200)
    assert.lengthOf(await auditRows('user.reinstated', driver.id), 1)

    const notSuspended = await client
      .post(`/api/v1/admin/users/${driver.id}/reinstate`)
      .json({ reason: 'Again' })
      .loginAs(admin)
    notSuspended.assertStatus(409)
  })

  test('nobody suspends themselves', async ({ client, assert }) => {
    const admin = await makeUser({ role: 'admin' })
    const response = await client
      .post(`/api/v1/admin/users/${admin.id}/suspend`)
      .json({ reason: 'Testing' })
      .loginAs(admin)
    response.assertStatus(409)
    const self = await User.findOrFail(admin.id)
    assert.isNull(self.suspendedAt)
  })

  test('a role change and a new dispatcher are logged with before and after', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin' })
    const shipper = await makeUser({ role: 'shipper', name: 'Amina' })
    const changed = await client
      .patch(`/api/v1/admin/users/${shipper.id}`)
      .json({ role: 'driver' })
      .loginAs(admin)
    changed.assertStatus(200)
    const [row] = await auditRows('user.updated', shipper.id)
    assert.deepEqual(row.before, { role: 'shipper' })
    assert.deepEqual(row.after, { role: 'driver' })

    // Nothing changed: nothing logged.
    await client.patch(`/api/v1/admin/users/${shipper.id}`).json({ role: 'driver' }).loginAs(admin)
    assert.lengthOf(await auditRows('user.updated', shipper.id), 1)

    const created = await client
      .post('/api/v1/admin/users')
      .json({ phone: uniquePhone(), name: 'Baraka', role: 'dispatcher' })
      .loginAs(admin)
    created.assertStatus(201)
    const [creation] = await auditRows('user.created', created.body().id)
    assert.include(creation.after!, { role: 'dispatcher', name: 'Baraka' })
  })

  for (const role of ['shipper', 'driver', 'dispatcher', 'clerk', 'grader'] as const) {
    for (const action of ['suspend', 'reinstate', 'reveal-phone']) {
      test(`POST /admin/users/:id/${action} refuses a ${role} (403) and changes nothing`, async ({
        client,
        assert,
      }) => {
        const target = await makeUser({ role: 'driver' })
        const response = await client
          .post(`/api/v1/admin/users/${target.id}/${action}`)
          .json({ reason: 'Because I can' })
          .loginAs(await makeUser({ role }))
        response.assertStatus(403)
        const unchanged = await User.findOrFail(target.id)
        assert.isNull(unchanged.suspendedAt)
        assert.lengthOf(await AuditEvent.all(), 0)
      })
    }
  }
})
