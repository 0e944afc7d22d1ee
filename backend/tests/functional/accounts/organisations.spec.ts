import { test } from '@japa/runner'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import { ROLES_BY_KIND } from '#accounts/membership_rules'
import {
  counts,
  isolateAccounts,
  makeOrganisation,
  makeUser,
  uniquePhone,
} from '#tests/accounts_helpers'

test.group('organisations', (group) => {
  isolateAccounts(group)

  test('a driver founds a carrier and becomes its owner', async ({ client, assert }) => {
    const driver = await makeUser({ role: 'driver' })

    const response = await client
      .post('/api/v1/organisations')
      .json({ name: 'Nakuru Movers', country: 'KE' })
      .loginAs(driver)

    response.assertStatus(201)
    assert.include(response.body(), {
      name: 'Nakuru Movers',
      kind: 'carrier',
      country: 'KE',
      ownerId: driver.id,
    })
    assert.deepEqual(
      response.body().members.map((m: { id: number }) => m.id),
      [driver.id]
    )
    assert.deepEqual(response.body().memberRoles, ['driver', 'dispatcher'])
    await driver.refresh()
    assert.equal(driver.organisationId, response.body().id)
  })

  test('a shipper founds a shipper organisation', async ({ client }) => {
    const shipper = await makeUser({ role: 'shipper' })
    const response = await client
      .post('/api/v1/organisations')
      .json({ name: 'Thiès Maraîchers', country: 'SN' })
      .loginAs(shipper)
    response.assertStatus(201)
    response.assertBodyContains({ kind: 'shipper', country: 'SN' })
  })

  test('someone already in an organisation cannot found another (409)', async ({
    client,
    assert,
  }) => {
    const owner = await makeUser({ role: 'shipper' })
    await makeOrganisation('shipper', owner)
    const before = await counts()

    const response = await client
      .post('/api/v1/organisations')
      .json({ name: 'Second', country: 'KE' })
      .loginAs(owner)

    response.assertStatus(409)
    assert.equal(response.body().errors[0].code, 'E_ALREADY_IN_ORGANISATION')
    assert.deepEqual(await counts(), before)
  })

  test('a dispatcher cannot found an organisation (403)', async ({ client, assert }) => {
    const dispatcher = await makeUser({ role: 'dispatcher' })
    const before = await counts()
    const response = await client
      .post('/api/v1/organisations')
      .json({ name: 'Nope', country: 'KE' })
      .loginAs(dispatcher)
    response.assertStatus(403)
    assert.equal(response.body().errors[0].code, 'E_AUTHORIZATION_FAILURE')
    assert.deepEqual(await counts(), before)
  })

  const badOrganisations: [string, object, string][] = [
    ['no name', { country: 'KE' }, 'name'],
    ['no country', { name: 'Acme' }, 'country'],
    ['a country we do not serve', { name: 'Acme', country: 'NG' }, 'country'],
    ['a numeric name', { name: 12, country: 'KE' }, 'name'],
  ]
  for (const [label, body, field] of badOrganisations) {
    test(`refuses ${label} with 422 and writes nothing`, async ({ client, assert }) => {
      const driver = await makeUser({ role: 'driver' })
      const before = await counts()
      const response = await client.post('/api/v1/organisations').json(body).loginAs(driver)
      response.assertStatus(422)
      assert.include(response.body().errors[0], { code: 'E_VALIDATION', field })
      assert.deepEqual(await counts(), before)
    })
  }

  test('members read their organisation with its members', async ({ client, assert }) => {
    const owner = await makeUser({ role: 'driver' })
    const organisation = await makeOrganisation('carrier', owner)
    const driver = await makeUser({ role: 'driver', organisation })

    const response = await client.get(`/api/v1/organisations/${organisation.id}`).loginAs(driver)

    response.assertStatus(200)
    assert.sameMembers(
      response.body().members.map((m: { id: number }) => m.id),
      [owner.id, driver.id]
    )
  })

  test('each reader is told the roles they may give, and adding is allowed for exactly those', async ({
    client,
    assert,
  }) => {
    const owner = await makeUser({ role: 'driver' })
    const carrier = await makeOrganisation('carrier', owner)
    const dispatcher = await makeUser({ role: 'dispatcher', organisation: carrier })
    const driver = await makeUser({ role: 'driver', organisation: carrier })
    const admin = await makeUser({ role: 'admin' })
    const cooperative = await makeOrganisation('cooperative')
    const cases = [
      { reader: owner, organisation: carrier, roles: ['driver', 'dispatcher'] },
      { reader: dispatcher, organisation: carrier, roles: ['driver'] },
      { reader: driver, organisation: carrier, roles: [] },
      { reader: admin, organisation: cooperative, roles: ['dispatcher', 'clerk', 'grader'] },
    ]
    for (const { reader, organisation, roles } of cases) {
      const read = await client.get(`/api/v1/organisations/${organisation.id}`).loginAs(reader)
      read.assertStatus(200)
      assert.deepEqual(read.body().memberRoles, roles, `${reader.role} of ${organisation.kind}`)
      for (const role of ROLES_BY_KIND[organisation.kind]) {
        const add = await client
          .post(`/api/v1/organisations/${organisation.id}/members`)
          .json({ phone: uniquePhone(), role })
          .loginAs(reader)
        add.assertStatus(roles.includes(role) ? 201 : 403)
      }
    }
  })

  test("another organisation's members get 404, not the record", async ({ client, assert }) => {
    const organisation = await makeOrganisation('carrier', await makeUser({ role: 'driver' }))
    const outsider = await makeUser({ role: 'shipper' })
    await makeOrganisation('shipper', outsider)

    const read = await client.get(`/api/v1/organisations/${organisation.id}`).loginAs(outsider)
    read.assertStatus(404)
    assert.equal(read.body().errors[0].code, 'E_NOT_FOUND')

    const before = await counts()
    const add = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: uniquePhone(), role: 'driver' })
      .loginAs(outsider)
    add.assertStatus(404)
    assert.deepEqual(await counts(), before)
  })

  test('an unknown or malformed id answers 404 / 422', async ({ client }) => {
    const user = await makeUser({})
    const unknown = await client.get('/api/v1/organisations/999999').loginAs(user)
    unknown.assertStatus(404)
    const malformed = await client.get('/api/v1/organisations/abc').loginAs(user)
    malformed.assertStatus(422)
  })

  test('the owner adds a new driver by phone, creating the user', async ({ client, assert }) => {
    const owner = await makeUser({ role: 'driver' })
    const organisation = await makeOrganisation('carrier', owner)
    const phone = uniquePhone()

    const response = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: `0${phone.slice(4)}`, role: 'driver', name: 'Otieno' })
      .loginAs(owner)

    response.assertStatus(201)
    assert.include(response.body(), { phone, role: 'driver', name: 'Otieno' })
    assert.equal(response.body().organisation.id, organisation.id)
  })

  test('a carrier dispatcher adding an existing solo driver only invites them', async ({
    client,
    assert,
  }) => {
    const organisation = await makeOrganisation('carrier', await makeUser({ role: 'driver' }))
    const dispatcher = await makeUser({ role: 'dispatcher', organisation })
    const solo = await makeUser({ role: 'driver' })

    const response = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: solo.phone, role: 'driver' })
      .loginAs(dispatcher)

    response.assertStatus(202)
    assert.include(response.body(), { status: 'pending', role: 'driver' })
    await solo.refresh()
    assert.isNull(solo.organisationId)
  })

  test('a plain member may read but not add members (403)', async ({ client, assert }) => {
    const organisation = await makeOrganisation('carrier', await makeUser({ role: 'driver' }))
    const driver = await makeUser({ role: 'driver', organisation })
    const before = await counts()

    const response = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: uniquePhone(), role: 'driver' })
      .loginAs(driver)

    response.assertStatus(403)
    assert.equal(response.body().errors[0].code, 'E_AUTHORIZATION_FAILURE')
    assert.deepEqual(await counts(), before)
  })

  test('refuses a role that does not fit the kind, and people taken elsewhere', async ({
    client,
    assert,
  }) => {
    const owner = await makeUser({ role: 'shipper' })
    const organisation = await makeOrganisation('shipper', owner)
    const elsewhere = await makeUser({ role: 'shipper' })
    await makeOrganisation('shipper', elsewhere)
    const soloDriver = await makeUser({ role: 'driver' })
    const before = await counts()

    const wrongRole = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: uniquePhone(), role: 'driver' })
      .loginAs(owner)
    wrongRole.assertStatus(422)
    assert.include(wrongRole.body().errors[0], { code: 'E_VALIDATION', field: 'role' })

    const taken = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: elsewhere.phone, role: 'shipper' })
      .loginAs(owner)
    taken.assertStatus(409)
    assert.equal(taken.body().errors[0].code, 'E_ALREADY_IN_ORGANISATION')

    const otherRole = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: soloDriver.phone, role: 'shipper' })
      .loginAs(owner)
    otherRole.assertStatus(409)
    assert.equal(otherRole.body().errors[0].code, 'E_ROLE_CONFLICT')

    const badPhone = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: '+44 20 7946 0958', role: 'shipper' })
      .loginAs(owner)
    badPhone.assertStatus(422)
    assert.equal(badPhone.body().errors[0].field, 'phone')

    const adminRole = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: uniquePhone(), role: 'admin' })
      .loginAs(owner)
    adminRole.assertStatus(422)

    assert.deepEqual(await counts(), before)
    await soloDriver.refresh()
    assert.isNull(soloDriver.organisationId)
  })

  test('nobody but admins adds platform staff through this endpoint', async ({
    client,
    assert,
  }) => {
    const platform = await Organisation.create({
      name: 'Njia',
      kind: 'platform',
      country: 'KE',
      ownerId: null,
    })
    const dispatcher = await makeUser({ role: 'dispatcher', organisation: platform })
    const before = await counts()

    const response = await client
      .post(`/api/v1/organisations/${platform.id}/members`)
      .json({ phone: uniquePhone(), role: 'dispatcher' })
      .loginAs(dispatcher)

    response.assertStatus(403)
    assert.deepEqual(await counts(), before)
    assert.equal(
      await User.query()
        .where('role', 'dispatcher')
        .count('* as n')
        .then((r) => Number(r[0].$extras.n)),
      1
    )
  })
})
