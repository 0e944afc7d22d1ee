import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { isolateDatabase } from '#tests/helpers'
import { makeDocument, makeOrganisation, makeUser, makeVehicle } from '#tests/fleet_fixtures'

test.group('fleet / the admins review queue', (group) => {
  isolateDatabase(group)

  test('pending papers oldest first, by country, carrier and kind, naming whose they are', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const kenyan = await makeOrganisation('carrier', 'KE')
    const senegalese = await makeOrganisation('carrier', 'SN')
    const truck = await makeVehicle(kenyan)
    const camion = await makeVehicle(senegalese)
    const driver = await makeUser('driver', kenyan, 'Achieng')
    const first = await makeDocument('insurance', { vehicle: truck }, { status: 'pending' })
    const second = await makeDocument('driving_licence', { driver }, { status: 'pending' })
    const third = await makeDocument('insurance', { vehicle: camion }, { status: 'pending' })
    await makeDocument('registration_card', { vehicle: truck }, { status: 'verified' })

    const queue = await client
      .get('/api/v1/documents')
      .qs({ status: 'pending', sort: 'oldest' })
      .loginAs(admin)
    queue.assertStatus(200)
    assert.deepEqual(
      queue.body().data.map((d: { id: number }) => d.id),
      [first.id, second.id, third.id]
    )
    assert.deepEqual(queue.body().data[0].carrier, {
      id: kenyan.id,
      name: kenyan.name,
      country: 'KE',
    })
    assert.deepEqual(queue.body().data[0].vehicle, { id: truck.id, plate: truck.plate })
    assert.deepEqual(queue.body().data[1].driver, { id: driver.id, name: 'Achieng' })

    const senegal = await client
      .get('/api/v1/documents')
      .qs({ status: 'pending', country: 'SN' })
      .loginAs(admin)
    assert.deepEqual(
      senegal.body().data.map((d: { id: number }) => d.id),
      [third.id]
    )
    const carrierLicences = await client
      .get('/api/v1/documents')
      .qs({ status: 'pending', organisationId: kenyan.id, kind: 'driving_licence' })
      .loginAs(admin)
    assert.deepEqual(
      carrierLicences.body().data.map((d: { id: number }) => d.id),
      [second.id]
    )
  })

  test('papers expiring soon, soonest first; expired and later ones left out', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const carrier = await makeOrganisation('carrier', 'KE')
    const truck = await makeVehicle(carrier)
    const soon = await makeDocument(
      'insurance',
      { vehicle: truck },
      {
        expiresOn: DateTime.now().plus({ days: 10 }),
      }
    )
    const sooner = await makeDocument(
      'registration_card',
      { vehicle: truck },
      {
        expiresOn: DateTime.now().plus({ days: 3 }),
      }
    )
    await makeDocument(
      'insurance',
      { vehicle: truck },
      {
        expiresOn: DateTime.now().plus({ days: 90 }),
      }
    )
    await makeDocument(
      'insurance',
      { vehicle: truck },
      {
        expiresOn: DateTime.now().minus({ days: 2 }),
      }
    )

    const response = await client
      .get('/api/v1/documents')
      .qs({ expiringWithinDays: 30, sort: 'expiry' })
      .loginAs(admin)
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((d: { id: number }) => d.id),
      [sooner.id, soon.id]
    )
  })

  test('bad filters answer 422 naming each field', async ({ client, assert }) => {
    const admin = await makeUser('admin')
    const response = await client
      .get('/api/v1/documents')
      .qs({ country: 'FR', sort: 'random', expiringWithinDays: 1000 })
      .loginAs(admin)
    response.assertStatus(422)
    assert.sameMembers(
      response.body().errors.map((e: { field: string }) => e.field),
      ['country', 'sort', 'expiringWithinDays']
    )
  })

  test("a carrier's filter never shows another carrier's papers", async ({ client, assert }) => {
    const mine = await makeOrganisation('carrier', 'KE')
    const other = await makeOrganisation('carrier', 'KE')
    const dispatcher = await makeUser('dispatcher', mine)
    await makeDocument('insurance', { vehicle: await makeVehicle(other) }, { status: 'pending' })
    const response = await client
      .get('/api/v1/documents')
      .qs({ organisationId: other.id })
      .loginAs(dispatcher)
    response.assertStatus(200)
    assert.lengthOf(response.body().data, 0)
  })
})
