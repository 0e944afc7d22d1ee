import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AccountsSeeder, { DEMO_ORGANISATIONS } from '#database/seeders/accounts_seeder'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import { isolateAccounts } from '#tests/accounts_helpers'

async function snapshot() {
  return {
    organisations: await db.from('organisations').orderBy('id').select('*'),
    users: await db.from('users').orderBy('id').select('*'),
  }
}

test.group('accounts seeder', (group) => {
  isolateAccounts(group)

  test('seeds demo accounts in Kenya and Senegal, and re-running changes nothing', async ({
    assert,
  }) => {
    await new AccountsSeeder(db.connection()).run()
    const first = await snapshot()
    await new AccountsSeeder(db.connection()).run()

    assert.deepEqual(await snapshot(), first)

    const phones = DEMO_ORGANISATIONS.flatMap((o) => o.members.map((m) => m.phone))
    assert.lengthOf(first.users, phones.length)
    assert.isTrue(phones.every((p) => /^\+(254|221)\d{9}$/.test(p)))
    for (const role of ['admin', 'dispatcher', 'shipper', 'driver']) {
      const withRole = await User.query().where('role', role)
      assert.isAbove(withRole.length, 0, role)
    }
    const carrier = await Organisation.findByOrFail('name', 'Transports Thiès Express')
    const owner = await User.findOrFail(carrier.ownerId!)
    assert.equal(owner.organisationId, carrier.id)
    assert.equal(owner.locale, 'fr')
    assert.lengthOf(await Organisation.query().where('kind', 'platform'), 1)
  })

  test('demo users sign in with a code from the outbox', async ({ client }) => {
    await new AccountsSeeder(db.connection()).run()
    await client.post('/api/v1/auth/otp/request').json({ phone: '+254700000001' })
    const outbox = await client.get('/api/v1/dev/outbox').qs({ to: '+254700000001' })
    const code = outbox.body().data[0].body.match(/\b(\d{6})\b/)[1]

    const response = await client
      .post('/api/v1/auth/otp/verify')
      .json({ phone: '+254700000001', code })

    response.assertStatus(200)
    response.assertBodyContains({ user: { role: 'admin', name: 'Amina Odhiambo' } })
  })
})
