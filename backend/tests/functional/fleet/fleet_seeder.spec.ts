import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import { isolateDatabase } from '#tests/helpers'
import AccountsSeeder from '#database/seeders/accounts_seeder'
import FleetSeeder from '#database/seeders/fleet_seeder'
import FleetDocument from '#fleet/models/fleet_document'
import User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import VehicleDriver from '#fleet/models/vehicle_driver'
import FleetEligibilityService from '#fleet/services/fleet_eligibility_service'

test.group('fleet demo seeder', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('seeds eligible vehicles with their drivers in five cities, and re-running changes nothing', async ({
    assert,
  }) => {
    await new AccountsSeeder(db.connection()).run()
    await new FleetSeeder(db.connection()).run()
    const counts = async () => {
      const vehicles = await Vehicle.all()
      const documents = await FleetDocument.all()
      const assignments = await VehicleDriver.all()
      return {
        vehicles: vehicles.length,
        documents: documents.length,
        assignments: assignments.length,
      }
    }
    const first = await counts()
    await new FleetSeeder(db.connection()).run()
    assert.deepEqual(await counts(), first)
    assert.deepEqual(first, { vehicles: 6, documents: 17, assignments: 5 })

    const vehicles = await Vehicle.query().preload('drivers').orderBy('plate')
    const eligibility = new FleetEligibilityService()
    for (const vehicle of vehicles) {
      const driver = vehicle.drivers[0]
      const result = await eligibility.check(vehicle, driver)
      if (vehicle.plate === 'KDD404D') {
        assert.deepEqual(
          result.reasons.map((r) => r.code),
          ['INSURANCE_EXPIRED']
        )
      } else {
        assert.isTrue(result.eligible, `${vehicle.plate}: ${JSON.stringify(result.reasons)}`)
      }
    }

    const joseph = await User.findByOrFail('phone', '+254700000020')
    const kca = vehicles.find((v) => v.plate === 'KCA123A')!
    assert.deepEqual(
      kca.drivers.map((d) => d.id),
      [joseph.id]
    )
    const near = await db.rawQuery(
      `SELECT plate FROM vehicles
        WHERE ST_DWithin(base_location, ST_SetSRID(ST_MakePoint(36.8219, -1.2921), 4326)::geography, 20000)
        ORDER BY base_location <-> ST_SetSRID(ST_MakePoint(36.8219, -1.2921), 4326)::geography`
    )
    assert.deepEqual(
      near.rows.map((r: { plate: string }) => r.plate),
      ['KDD404D', 'KCA123A']
    )
  })

  test('the demo types follow their countries: a Dakar carrier is offered no milk tanker or tuk-tuk, a Kenyan one is', async ({
    client,
    assert,
  }) => {
    await new AccountsSeeder(db.connection()).run()
    await new FleetSeeder(db.connection()).run()
    await new FleetSeeder(db.connection()).run()
    const offered = async (phone: string) => {
      const user = await User.findByOrFail('phone', phone)
      const response = await client.get('/api/v1/vehicle-types').loginAs(user)
      response.assertStatus(200)
      return response.body().data.map((type: { code: string }) => type.code) as string[]
    }
    const dakar = await offered('+221770000020')
    const nakuru = await offered('+254700000020')
    assert.notIncludeMembers(dakar, ['milk_tanker_5k', 'tuk_tuk_cargo'])
    assert.includeMembers(dakar, ['flatbed_10t', 'box_3t', 'motorcycle'])
    assert.includeMembers(nakuru, ['milk_tanker_5k', 'tuk_tuk_cargo', 'flatbed_10t'])

    // Every demo truck's type is one its carrier's country uses.
    const vehicles = await Vehicle.query().preload('vehicleType').preload('organisation')
    for (const vehicle of vehicles) {
      assert.include(vehicle.vehicleType.countries, vehicle.organisation.country, vehicle.plate)
    }
  })
})
