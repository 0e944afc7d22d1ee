import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import VehicleType from '#fleet/models/vehicle_type'
import { isolateDatabase } from '#tests/helpers'
import { makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { countRows, draftBody } from '#tests/fixtures/marketplace'

/** A matatu-style type used in Kenya, Tanzania and Uganda but not in Senegal. */
const eastOnly = () =>
  VehicleType.create({
    code: 'bus_matatu',
    name: 'Matatu minibus',
    names: { en: 'Matatu minibus' },
    body: 'van',
    capacityKg: 1200,
    capacityM3: 6,
    countries: ['KE', 'TZ', 'UG'],
  })

const codes = (body: { data: { code: string }[] }) => body.data.map((type) => type.code)

/** Vehicle types per country (issue 10 item 5): each account is offered its country's types only. */
test.group('Vehicle types per country', (group) => {
  isolateDatabase(group)

  test('every type already there stays in every country (the migration keeps nothing from anyone)', async ({
    assert,
  }) => {
    const rows = await db.from('vehicle_types').select('code', 'countries')
    assert.isAbove(rows.length, 5)
    for (const row of rows) assert.sameMembers(row.countries, ['SN', 'KE', 'TZ', 'UG'], row.code)
  })

  test("each account lists its own country's types; admins see all, or a country they name", async ({
    client,
    assert,
  }) => {
    await eastOnly()
    const kenyan = await makeUser('driver', await makeOrganisation('carrier', 'KE'))
    const senegalese = await makeUser('dispatcher', await makeOrganisation('carrier', 'SN'))
    const dakarShipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
    const admin = await makeUser('admin', null)

    const inKenya = await client.get('/api/v1/vehicle-types').loginAs(kenyan)
    inKenya.assertStatus(200)
    assert.include(codes(inKenya.body()), 'bus_matatu')
    const matatu = inKenya.body().data.find((t: { code: string }) => t.code === 'bus_matatu')
    assert.deepEqual(matatu.countries, ['KE', 'TZ', 'UG'])

    for (const user of [senegalese, dakarShipper]) {
      const inSenegal = await client.get('/api/v1/vehicle-types').loginAs(user)
      assert.notInclude(codes(inSenegal.body()), 'bus_matatu')
      assert.include(codes(inSenegal.body()), 'flatbed_10t')
    }

    const all = await client.get('/api/v1/vehicle-types').loginAs(admin)
    assert.include(codes(all.body()), 'bus_matatu')
    const named = await client.get('/api/v1/vehicle-types?country=SN').loginAs(admin)
    assert.notInclude(codes(named.body()), 'bus_matatu')
    const bad = await client.get('/api/v1/vehicle-types?country=FR').loginAs(admin)
    bad.assertStatus(422)
    assert.equal(bad.body().errors[0].field, 'country')
  })

  test("a carrier registers only its country's types; a type dropped later stays on its trucks", async ({
    client,
    assert,
  }) => {
    const matatu = await eastOnly()
    const dakar = await makeOrganisation('carrier', 'SN')
    const dispatcher = await makeUser('dispatcher', dakar)
    const refused = await client
      .post('/api/v1/vehicles')
      .json({ plate: 'DK-1234-AB', vehicleTypeId: matatu.id })
      .loginAs(dispatcher)
    refused.assertStatus(422)
    assert.containsSubset(refused.body().errors, [
      { code: 'E_VEHICLE_TYPE_NOT_IN_COUNTRY', field: 'vehicleTypeId' },
    ])
    assert.equal(await countRows('vehicles'), 0)

    const nairobi = await makeUser('dispatcher', await makeOrganisation('carrier', 'KE'))
    const accepted = await client
      .post('/api/v1/vehicles')
      .json({ plate: 'KDA 123A', vehicleTypeId: matatu.id })
      .loginAs(nairobi)
    accepted.assertStatus(201)

    // The admin narrows the type to Uganda: the Kenyan truck keeps it and can still be edited.
    const admin = await makeUser('admin', null)
    await client
      .patch(`/api/v1/vehicle-types/${matatu.id}`)
      .json({ countries: ['UG'] })
      .loginAs(admin)
      .then((r) => r.assertStatus(200))
    const edited = await client
      .patch(`/api/v1/vehicles/${accepted.body().id}`)
      .json({ make: 'Toyota', vehicleTypeId: matatu.id })
      .loginAs(nairobi)
    edited.assertStatus(200)
  })

  test("a shipper asks only for its country's types", async ({ client, assert }) => {
    const matatu = await eastOnly()
    const dakarShipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'))
    const refused = await client
      .post('/api/v1/orders')
      .json(
        draftBody({
          pickup: {
            lat: 14.68,
            lng: -17.43,
            address: 'Port de Dakar',
            contactPhone: '77 123 45 01',
          },
          dropoff: { lat: 14.79, lng: -16.93, address: 'Thiès' },
          currency: 'XOF',
          priceAmount: 45_000,
          requiredVehicleTypeId: matatu.id,
        })
      )
      .loginAs(dakarShipper)
    refused.assertStatus(422)
    assert.containsSubset(refused.body().errors, [
      { code: 'E_VEHICLE_TYPE_NOT_IN_COUNTRY', field: 'requiredVehicleTypeId' },
    ])
    assert.equal(await countRows('orders'), 0)

    const nairobiShipper = await makeUser('shipper', await makeOrganisation('shipper', 'KE'))
    await client
      .post('/api/v1/orders')
      .json(draftBody({ requiredVehicleTypeId: matatu.id }))
      .loginAs(nairobiShipper)
      .then((r) => r.assertStatus(201))
  })

  test("the admin sets a type's countries (audited); at least one known country, each once", async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin', null)
    const created = await client
      .post('/api/v1/vehicle-types')
      .json({
        code: 'charrette',
        name: 'Horse cart',
        names: { fr: 'Charrette' },
        body: 'flatbed',
        capacityKg: 500,
        capacityM3: 2,
        countries: ['SN'],
      })
      .loginAs(admin)
    created.assertStatus(201)
    assert.deepEqual(created.body().countries, ['SN'])
    const everywhere = await client
      .post('/api/v1/vehicle-types')
      .json({
        code: 'lowbed_40t',
        name: 'Lowbed 40 t',
        body: 'flatbed',
        capacityKg: 40_000,
        capacityM3: 90,
      })
      .loginAs(admin)
    assert.sameMembers(everywhere.body().countries, ['SN', 'KE', 'TZ', 'UG'])

    const id = created.body().id
    for (const countries of [[], ['FR'], ['SN', 'SN'], 'SN']) {
      const refused = await client
        .patch(`/api/v1/vehicle-types/${id}`)
        .json({ countries })
        .loginAs(admin)
      refused.assertStatus(422)
      assert.match(refused.body().errors[0].field, /^countries/)
    }
    const widened = await client
      .patch(`/api/v1/vehicle-types/${id}`)
      .json({ countries: ['UG', 'SN'] })
      .loginAs(admin)
    widened.assertStatus(200)
    assert.deepEqual(widened.body().countries, ['SN', 'UG'])

    const audit = await db.from('audit_events').where({
      action: 'vehicle_type.updated',
      subject_type: 'vehicle_type',
      subject_id: String(id),
    })
    assert.lengthOf(audit, 1, 'the refused changes are not audited')
    const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value)
    assert.deepEqual(json(audit[0].before).countries, ['SN'])
    assert.deepEqual(json(audit[0].after).countries, ['SN', 'UG'])

    const driver = await makeUser('driver', await makeOrganisation('carrier', 'SN'))
    await client
      .patch(`/api/v1/vehicle-types/${id}`)
      .json({ countries: ['KE'] })
      .loginAs(driver)
      .then((r) => r.assertStatus(403))
  })
})
