import { test } from '@japa/runner'
import { isolateAccounts, makeOrganisation, makeUser, requestCode } from '#tests/accounts_helpers'
import User from '#accounts/models/user'
import { draftBody } from '#tests/fixtures/marketplace'

/** A Senegalese account: phones typed without +221 are read as Senegalese, not Kenyan. */
test.group('The account country', (group) => {
  isolateAccounts(group)

  test("a new account without an organisation has its phone's country", async ({ client }) => {
    const code = await requestCode(client, '+221771234501')
    const response = await client.post('/api/v1/auth/otp/verify').json({
      phone: '+221771234501',
      code,
      name: 'Awa',
    })
    response.assertStatus(200)
    response.assertBodyContains({ user: { phone: '+221771234501', country: 'SN' } })
  })

  test("a member's country is their organisation's, whatever their phone", async ({ client }) => {
    const owner = await makeUser({ phone: '+254712000990' })
    const organisation = await makeOrganisation('shipper', owner)
    await organisation.merge({ country: 'SN' }).save()
    const me = await client.get('/api/v1/me').loginAs(owner)
    me.assertBodyContains({ country: 'SN' })
  })

  test('contact phones typed without +221 by a Senegalese shipper are Senegalese', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser({ phone: '+221771234501' })
    const body = draftBody({ currency: 'XOF', priceAmount: 450_000 })
    const created = await client
      .post('/api/v1/orders')
      .json({ ...body, pickup: { ...body.pickup, contactPhone: '77 123 45 02' } })
      .loginAs(shipper)
    created.assertStatus(201)
    assert.equal(created.body().pickup.contactPhone, '+221771234502')
  })

  test('a member added to a Senegalese organisation by a local number gets it with +221', async ({
    client,
    assert,
  }) => {
    const owner = await makeUser({ phone: '+221771234501', role: 'driver' })
    const organisation = await makeOrganisation('carrier', owner)
    await organisation.merge({ country: 'SN' }).save()
    const added = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: '77 123 45 03', role: 'driver', name: 'Modou' })
      .loginAs(owner)
    added.assertStatus(201)
    assert.equal(added.body().phone, '+221771234503')
    assert.equal(added.body().country, 'SN')
  })

  test("an admin opening an account reads its phone in the organisation's country", async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin', phone: '+254712000991' })
    const carrier = await makeOrganisation('carrier', await makeUser({ role: 'driver' }))
    await carrier.merge({ country: 'SN' }).save()
    const created = await client
      .post('/api/v1/admin/users')
      .json({
        phone: '77 123 45 04',
        name: 'Modou',
        role: 'dispatcher',
        organisationId: carrier.id,
      })
      .loginAs(admin)
    created.assertStatus(201)
    assert.equal(created.body().phone, '+221771234504')

    // Without an organisation, the admin's own country.
    const platform = await client
      .post('/api/v1/admin/users')
      .json({ phone: '0712 000 992', name: 'Wairimu', role: 'dispatcher' })
      .loginAs(admin)
    platform.assertStatus(201)
    assert.equal(platform.body().phone, '+254712000992')
  })

  test("a cooperative's manager phone is read in the cooperative's country", async ({
    client,
    assert,
  }) => {
    const admin = await makeUser({ role: 'admin', phone: '+254712000993' })
    const response = await client
      .post('/api/v1/cooperatives')
      .json({
        name: 'Njombe Dairy',
        country: 'TZ',
        code: '5151',
        manager: { phone: '0712 000 994', name: 'Neema' },
      })
      .loginAs(admin)
    response.assertStatus(201)
    const manager = await User.findBy('phone', '+255712000994')
    assert.equal(manager?.name, 'Neema')
  })
})
