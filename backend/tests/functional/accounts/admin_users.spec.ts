import { test } from '@japa/runner'
import Organisation from '#accounts/models/organisation'
import {
  counts,
  isolateAccounts,
  makeOrganisation,
  makeUser,
  uniquePhone,
} from '#tests/accounts_helpers'

test.group('admin users', (group) => {
  isolateAccounts(group)

  test('lists users page by page, filtered by role', async ({ client, assert }) => {
    const admin = await makeUser({ role: 'admin' })
    for (let i = 0; i < 3; i++) await makeUser({ role: 'driver' })
    await makeUser({ role: 'shipper' })

    const response = await client
      .get('/api/v1/admin/users')
      .qs({ role: 'driver', perPage: 2, page: 1 })
      .loginAs(admin)

    response.assertStatus(200)
    assert.lengthOf(response.body().data, 2)
    assert.isTrue(response.body().data.every((u: { role: string }) => u.role === 'driver'))
    assert.deepEqual(response.body().meta, { total: 3, perPage: 2, currentPage: 1, lastPage: 2 })
  })

  test('refuses a bad filter with 422', async ({ client, assert }) => {
    const admin = await makeUser({ role: 'admin' })
    const response = await client
      .get('/api/v1/admin/users')
      .qs({ role: 'pilot', perPage: 500 })
      .loginAs(admin)
    response.assertStatus(422)
    assert.sameMembers(
      response.body().errors.map((e: { field: string }) => e.field),
      ['role', 'perPage']
    )
  })

  test('creates a platform dispatcher in the platform organisation', async ({ client, assert }) => {
    const admin = await makeUser({ role: 'admin' })
    const phone = uniquePhone()

    const response = await client
      .post('/api/v1/admin/users')
      .json({ phone, name: 'Wairimu', role: 'dispatcher' })
      .loginAs(admin)

    response.assertStatus(201)
    assert.include(response.body(), { phone, role: 'dispatcher', name: 'Wairimu' })
    assert.equal(response.body().organisation.kind, 'platform')

    // A second one joins the same platform organisation.
    const second = await client
      .post('/api/v1/admin/users')
      .json({ phone: uniquePhone(), name: 'Juma', role: 'admin' })
      .loginAs(admin)
    assert.equal(second.body().organisation.id, response.body().organisation.id)
    assert.lengthOf(await Organisation.query().where('kind', 'platform'), 1)
  })

  test('creates a carrier dispatcher in a given carrier', async ({ client, assert }) => {
    const admin = await makeUser({ role: 'admin' })
    const carrier = await makeOrganisation('carrier', await makeUser({ role: 'driver' }))

    const response = await client
      .post('/api/v1/admin/users')
      .json({ phone: uniquePhone(), name: 'Koech', role: 'dispatcher', organisationId: carrier.id })
      .loginAs(admin)

    response.assertStatus(201)
    assert.equal(response.body().organisation.id, carrier.id)
  })

  test('refuses duplicates, unknown or unfitting organisations, and bad fields', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin' })
    const shipperOrg = await makeOrganisation('shipper', await makeUser({ role: 'shipper' }))
    const before = await counts()

    const duplicate = await client
      .post('/api/v1/admin/users')
      .json({ phone: admin.phone, name: 'Twin', role: 'admin' })
      .loginAs(admin)
    duplicate.assertStatus(409)
    assert.include(duplicate.body().errors[0], { code: 'E_PHONE_TAKEN', field: 'phone' })

    const unknownOrg = await client
      .post('/api/v1/admin/users')
      .json({ phone: uniquePhone(), name: 'X', role: 'driver', organisationId: 999999 })
      .loginAs(admin)
    unknownOrg.assertStatus(422)
    assert.equal(unknownOrg.body().errors[0].field, 'organisationId')

    const unfitting = await client
      .post('/api/v1/admin/users')
      .json({ phone: uniquePhone(), name: 'X', role: 'driver', organisationId: shipperOrg.id })
      .loginAs(admin)
    unfitting.assertStatus(422)

    const missing = await client
      .post('/api/v1/admin/users')
      .json({ phone: uniquePhone() })
      .loginAs(admin)
    missing.assertStatus(422)
    assert.sameMembers(
      missing.body().errors.map((e: { field: string }) => e.field),
      ['name', 'role']
    )

    const wrongType = await client
      .post('/api/v1/admin/users')
      .json({ phone: uniquePhone(), name: 'X', role: 'driver', organisationId: 'first' })
      .loginAs(admin)
    wrongType.assertStatus(422)

    assert.deepEqual(await counts(), before)
  })

  test('promotes a shipper to admin and moves a driver between carriers', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin' })
    const shipper = await makeUser({ role: 'shipper' })
    const driver = await makeUser({ role: 'driver' })
    const carrier = await makeOrganisation('carrier', await makeUser({ role: 'driver' }))

    const promoted = await client
      .patch(`/api/v1/admin/users/${shipper.id}`)
      .json({ role: 'admin' })
      .loginAs(admin)
    promoted.assertStatus(200)
    assert.equal(promoted.body().role, 'admin')
    assert.equal(promoted.body().organisation.kind, 'platform')

    const moved = await client
      .patch(`/api/v1/admin/users/${driver.id}`)
      .json({ organisationId: carrier.id, name: 'Renamed' })
      .loginAs(admin)
    moved.assertStatus(200)
    assert.equal(moved.body().organisation.id, carrier.id)
    assert.equal(moved.body().name, 'Renamed')
  })

  test('an admin cannot change their own role (no lock-out)', async ({ client, assert }) => {
    const admin = await makeUser({ role: 'admin' })

    const response = await client
      .patch(`/api/v1/admin/users/${admin.id}`)
      .json({ role: 'shipper', name: 'Still me' })
      .loginAs(admin)

    response.assertStatus(409)
    assert.include(response.body().errors[0], { code: 'E_OWN_ROLE', field: 'role' })
    await admin.refresh()
    assert.equal(admin.role, 'admin')
    assert.equal(admin.name, 'Test User')
  })

  test('a role change keeps the organisation when it fits, or moves the user out', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin' })
    const carrier = await makeOrganisation('carrier', await makeUser({ role: 'driver' }))
    const driver = await makeUser({ role: 'driver', organisation: carrier })
    const other = await makeUser({ role: 'driver', organisation: carrier })

    const toDispatcher = await client
      .patch(`/api/v1/admin/users/${driver.id}`)
      .json({ role: 'dispatcher' })
      .loginAs(admin)
    toDispatcher.assertStatus(200)
    assert.equal(toDispatcher.body().organisation.id, carrier.id)

    const toShipper = await client
      .patch(`/api/v1/admin/users/${other.id}`)
      .json({ role: 'shipper' })
      .loginAs(admin)
    toShipper.assertStatus(200)
    assert.isNull(toShipper.body().organisation)
  })

  test('PATCH refuses unknown users and bad values', async ({ client, assert }) => {
    const admin = await makeUser({ role: 'admin' })
    const driver = await makeUser({ role: 'driver' })

    const unknown = await client
      .patch('/api/v1/admin/users/999999')
      .json({ name: 'X' })
      .loginAs(admin)
    unknown.assertStatus(404)
    const bad = await client
      .patch(`/api/v1/admin/users/${driver.id}`)
      .json({ role: 'king' })
      .loginAs(admin)
    bad.assertStatus(422)
    await driver.refresh()
    assert.equal(driver.role, 'driver')
  })

  for (const role of ['shipper', 'driver', 'dispatcher'] as const) {
    test(`a ${role} gets 403 on every admin endpoint and nothing is written`, async ({
      client,
      assert,
    }) => {
      const user = await makeUser({ role })
      const before = await counts()

      const list = await client.get('/api/v1/admin/users').loginAs(user)
      const create = await client
        .post('/api/v1/admin/users')
        .json({ phone: uniquePhone(), name: 'Sneaky', role: 'admin' })
        .loginAs(user)
      const update = await client
        .patch(`/api/v1/admin/users/${user.id}`)
        .json({ role: 'admin' })
        .loginAs(user)

      for (const response of [list, create, update]) {
        response.assertStatus(403)
        assert.equal(response.body().errors[0].code, 'E_AUTHORIZATION_FAILURE')
      }
      assert.deepEqual(await counts(), before)
      await user.refresh()
      assert.equal(user.role, role)
    })
  }

  test('anonymous callers get 401', async ({ client }) => {
    const response = await client.get('/api/v1/admin/users')
    response.assertStatus(401)
  })
})
