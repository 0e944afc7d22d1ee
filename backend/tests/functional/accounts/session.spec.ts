import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#accounts/models/user'
import {
  counts,
  isolateAccounts,
  makeOrganisation,
  makeUser,
  tokenFor,
} from '#tests/accounts_helpers'

test.group('tokens, GET and PATCH /api/v1/me', (group) => {
  isolateAccounts(group)

  test('GET /me returns the signed-in user in the shape the web app reads', async ({ client }) => {
    const user = await makeUser({ role: 'driver', name: 'Achieng' })
    const organisation = await makeOrganisation('carrier', user)

    const response = await client.get('/api/v1/me').loginAs(user)

    response.assertStatus(200)
    response.assertBody({
      id: user.id,
      phone: user.phone,
      name: 'Achieng',
      role: 'driver',
      // The owner of a carrier drives and watches its fleet.
      capabilities: ['drive', 'watch_fleet', 'manage_vehicles', 'run_milk_routes'],
      locale: 'en',
      country: 'KE',
      organisation: {
        id: organisation.id,
        name: organisation.name,
        kind: 'carrier',
        country: 'KE',
      },
      hasPhoto: false,
      createdAt: user.createdAt.toISO(),
    })
  })

  test('without a token answers 401 E_UNAUTHORIZED_ACCESS', async ({ client, assert }) => {
    const response = await client.get('/api/v1/me')
    response.assertStatus(401)
    assert.equal(response.body().errors[0].code, 'E_UNAUTHORIZED_ACCESS')
  })

  test('logout revokes the token; later use answers 401', async ({ client, assert }) => {
    const user = await makeUser({})
    const token = await tokenFor(user)
    const before = await client.get('/api/v1/me').bearerToken(token)
    before.assertStatus(200)

    const logout = await client.post('/api/v1/auth/logout').json({}).bearerToken(token)
    logout.assertStatus(204)

    const after = await client.get('/api/v1/me').bearerToken(token)
    after.assertStatus(401)
    assert.equal(after.body().errors[0].code, 'E_UNAUTHORIZED_ACCESS')
    assert.lengthOf(await User.accessTokens.all(user), 0)
  })

  test('logout leaves the other devices signed in', async ({ client }) => {
    const user = await makeUser({})
    const phone = await tokenFor(user)
    const laptop = await tokenFor(user)

    await client.post('/api/v1/auth/logout').json({}).bearerToken(phone)

    const stillIn = await client.get('/api/v1/me').bearerToken(laptop)
    stillIn.assertStatus(200)
  })

  test('an expired token answers 401', async ({ client, assert }) => {
    const user = await makeUser({})
    const token = await User.accessTokens.create(user)
    await db
      .from('auth_access_tokens')
      .where('id', token.identifier as number)
      .update({ expires_at: new Date(Date.now() - 1000) })

    const response = await client.get('/api/v1/me').bearerToken(token.value!.release())

    response.assertStatus(401)
    assert.equal(response.body().errors[0].code, 'E_UNAUTHORIZED_ACCESS')
  })

  test('a made-up token answers 401', async ({ client }) => {
    const response = await client.get('/api/v1/me').bearerToken('njia_bm90IGEgdG9rZW4.abc')
    response.assertStatus(401)
  })

  test('PATCH /me changes the name and language', async ({ client, assert }) => {
    const user = await makeUser({ name: 'Old' })

    const response = await client
      .patch('/api/v1/me')
      .json({ name: 'Neema', locale: 'sw' })
      .loginAs(user)

    response.assertStatus(200)
    assert.include(response.body(), { name: 'Neema', locale: 'sw', id: user.id })
    await user.refresh()
    assert.equal(user.locale, 'sw')
  })

  test('PATCH /me ignores role and phone', async ({ client, assert }) => {
    const user = await makeUser({ role: 'shipper' })
    const phone = user.phone

    const response = await client
      .patch('/api/v1/me')
      .json({ role: 'admin', phone: '+254799999999' })
      .loginAs(user)

    response.assertStatus(200)
    await user.refresh()
    assert.equal(user.role, 'shipper')
    assert.equal(user.phone, phone)
  })

  const badChanges: [string, object, string][] = [
    ['an unknown language', { locale: 'de' }, 'locale'],
    ['a numeric name', { name: 7 }, 'name'],
    ['a list as name', { name: ['Neema'] }, 'name'],
    ['a name over 120 characters', { name: 'x'.repeat(121) }, 'name'],
  ]
  for (const [label, body, field] of badChanges) {
    test(`PATCH /me refuses ${label} with 422 and changes nothing`, async ({ client, assert }) => {
      const user = await makeUser({ name: 'Kept' })
      const before = await counts()

      const response = await client.patch('/api/v1/me').json(body).loginAs(user)

      response.assertStatus(422)
      assert.include(response.body().errors[0], { code: 'E_VALIDATION', field })
      await user.refresh()
      assert.equal(user.name, 'Kept')
      assert.equal(user.locale, 'en')
      assert.deepEqual(await counts(), before)
    })
  }
})
