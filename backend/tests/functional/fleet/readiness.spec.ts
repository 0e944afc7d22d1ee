import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { makeDocument, makeOrganisation, makeUser, makeVehicle } from '#tests/fleet_fixtures'

/** A new driver's checklist (issue 10 item 4): where they are on the way to a first bid. */
test.group('Fleet: a driver’s way to a first bid', (group) => {
  isolateDatabase(group)

  test('a driver without a carrier has every step ahead', async ({ client, assert }) => {
    const driver = await makeUser('driver', null)
    const response = await client.get('/api/v1/fleet/readiness').loginAs(driver)
    response.assertStatus(200)
    assert.deepEqual(response.body(), {
      carrier: null,
      vehicle: null,
      papers: [
        { kind: 'registration_card', state: 'missing', vehicleId: null },
        { kind: 'insurance', state: 'missing', vehicleId: null },
        { kind: 'driving_licence', state: 'missing', vehicleId: null },
      ],
      papersUploaded: false,
      mayBid: false,
      reviewHours: 24,
    })
  })

  test('an owner-driver with a truck and papers waiting sees each paper’s state, then may bid', async ({
    client,
    assert,
  }) => {
    const carrier = await makeOrganisation('carrier', 'KE')
    const driver = await makeUser('driver', carrier)
    await carrier.merge({ ownerId: driver.id }).save()
    const vehicle = await makeVehicle(carrier)
    const card = await makeDocument('registration_card', { vehicle }, { status: 'pending' })
    await makeDocument('insurance', { vehicle }, { status: 'rejected', rejectionReason: 'blurred' })
    const licence = await makeDocument('driving_licence', { driver }, { status: 'pending' })

    const waiting = await client.get('/api/v1/fleet/readiness').loginAs(driver)
    waiting.assertStatus(200)
    assert.containsSubset(waiting.body(), {
      carrier: { id: carrier.id, name: carrier.name },
      vehicle: { id: vehicle.id, plate: vehicle.plate },
      papers: [
        { kind: 'registration_card', state: 'pending', vehicleId: vehicle.id },
        { kind: 'insurance', state: 'rejected', vehicleId: vehicle.id },
        { kind: 'driving_licence', state: 'pending', vehicleId: null },
      ],
      papersUploaded: false,
      mayBid: false,
    })

    // A new insurance waits for an administrator, like the others: nothing is left to upload.
    const insurance = await makeDocument('insurance', { vehicle }, { status: 'pending' })
    const uploaded = await client.get('/api/v1/fleet/readiness').loginAs(driver)
    assert.containsSubset(uploaded.body(), { papersUploaded: true, mayBid: false })
    await insurance.merge({ status: 'verified' }).save()

    await card.merge({ status: 'verified' }).save()
    await licence.merge({ status: 'verified' }).save()
    await makeDocument('insurance', { vehicle }, { status: 'verified' })
    const ready = await client.get('/api/v1/fleet/readiness').loginAs(driver)
    assert.isTrue(ready.body().mayBid)
    assert.isTrue(ready.body().papersUploaded)
    assert.deepEqual(
      ready.body().papers.map((p: { state: string }) => p.state),
      ['verified', 'verified', 'verified']
    )
  })
})
