import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { isolateDatabase } from '#tests/helpers'
import FleetEligibilityService from '#fleet/services/fleet_eligibility_service'
import {
  makeDocument,
  makeEligibleVehicle,
  makeOrganisation,
  makeUser,
  makeVehicle,
} from '#tests/fleet_fixtures'

const eligibility = new FleetEligibilityService()

test.group('fleet eligibility', (group) => {
  isolateDatabase(group)

  test('a vehicle with verified, unexpired documents and a licensed driver is eligible', async ({
    assert,
  }) => {
    const carrier = await makeOrganisation()
    const { vehicle, driver } = await makeEligibleVehicle(carrier)
    assert.deepEqual(await eligibility.check(vehicle, driver), {
      eligible: true,
      reasons: [],
    })
    await eligibility.assertEligible(vehicle, driver)
  })

  test('says exactly which document is missing, expired, pending or rejected', async ({
    assert,
  }) => {
    const carrier = await makeOrganisation()
    const vehicle = await makeVehicle(carrier)
    const driver = await makeUser('driver', carrier)
    await makeDocument('insurance', { vehicle }, { expiresOn: DateTime.now().minus({ days: 1 }) })
    await makeDocument(
      'driving_licence',
      { driver },
      { status: 'rejected', rejectionReason: 'Blurred scan' }
    )

    const result = await eligibility.check(vehicle, driver)
    assert.isFalse(result.eligible)
    assert.deepEqual(
      result.reasons.map((r) => r.code),
      ['REGISTRATION_CARD_MISSING', 'INSURANCE_EXPIRED', 'DRIVING_LICENCE_REJECTED']
    )
    assert.include(result.reasons[2].message, 'Blurred scan')

    await makeDocument('registration_card', { vehicle }, { status: 'pending' })
    const pending = await eligibility.check(vehicle)
    const codes = pending.reasons.map((r) => r.code)
    assert.deepEqual(codes, ['REGISTRATION_CARD_PENDING', 'INSURANCE_EXPIRED'])
  })

  test('a document expiring today still counts; a pending renewal does not suspend', async ({
    assert,
  }) => {
    const carrier = await makeOrganisation()
    const { vehicle, driver } = await makeEligibleVehicle(carrier)
    await makeDocument('insurance', { vehicle }, { expiresOn: DateTime.now().startOf('day') })
    await makeDocument('insurance', { vehicle }, { status: 'pending' })
    const result = await eligibility.check(vehicle, driver)
    assert.isTrue(result.eligible)
  })

  test('a driver from another carrier cannot drive the vehicle', async ({ assert }) => {
    const carrier = await makeOrganisation()
    const { vehicle } = await makeEligibleVehicle(carrier)
    const { driver: stranger } = await makeEligibleVehicle(await makeOrganisation())
    const result = await eligibility.check(vehicle, stranger)
    assert.deepEqual(
      result.reasons.map((r) => r.code),
      ['DRIVER_NOT_IN_CARRIER']
    )
  })

  test('a suspended driver cannot drive, whatever their papers, until reinstated', async ({
    assert,
  }) => {
    const carrier = await makeOrganisation()
    const { vehicle, driver } = await makeEligibleVehicle(carrier)
    await driver.merge({ suspendedAt: DateTime.now(), suspensionReason: 'Fraud' }).save()

    const result = await eligibility.check(vehicle, driver)
    assert.deepEqual(
      result.reasons.map((r) => r.code),
      ['DRIVER_SUSPENDED']
    )
    const [judged] = eligibility.judgeCrews([{ vehicle, driver }], [])
    assert.include(
      judged.reasons.map((r) => r.code),
      'DRIVER_SUSPENDED'
    )
    try {
      await eligibility.assertEligible(vehicle, driver)
      assert.fail('expected an exception')
    } catch (error) {
      assert.equal(error.status, 409)
      assert.equal(error.code, 'E_DRIVER_SUSPENDED')
      assert.include(error.message, 'is suspended')
    }

    await driver.merge({ suspendedAt: null, suspensionReason: null }).save()
    const reinstated = await eligibility.check(vehicle, driver)
    assert.isTrue(reinstated.eligible)
  })

  test('assertEligible throws 409 E_VEHICLE_NOT_ELIGIBLE with the reasons', async ({ assert }) => {
    const carrier = await makeOrganisation()
    const vehicle = await makeVehicle(carrier)
    try {
      await eligibility.assertEligible(vehicle)
      assert.fail('expected an exception')
    } catch (error) {
      assert.equal(error.status, 409)
      assert.equal(error.code, 'E_VEHICLE_NOT_ELIGIBLE')
      assert.include(error.message, 'has no registration card')
      assert.include(error.message, 'has no insurance certificate')
    }
  })
})
