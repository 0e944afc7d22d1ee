import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import { isolateDatabase } from '#tests/helpers'
import FleetDocument from '#fleet/models/fleet_document'
import {
  PDF,
  PNG,
  makeDocument,
  makeOrganisation,
  makeUser,
  makeVehicle,
} from '#tests/fleet_fixtures'

const inSixMonths = () => DateTime.now().plus({ months: 6 }).toISODate()!

test.group('fleet documents', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  test('a dispatcher uploads a carte grise; it is pending and the file is stored', async ({
    client,
    assert,
  }) => {
    const carrier = await makeOrganisation('carrier', 'SN')
    const dispatcher = await makeUser('dispatcher', carrier)
    const vehicle = await makeVehicle(carrier)

    const response = await client
      .post('/api/v1/documents')
      .loginAs(dispatcher)
      .fields({
        kind: 'registration_card',
        number: 'CG-DK-2024-0042',
        expiresOn: inSixMonths(),
        vehicleId: vehicle.id,
      })
      .file('file', PDF, { filename: 'carte-grise.pdf' })

    response.assertStatus(201)
    response.assertBodyContains({
      kind: 'registration_card',
      vehicleId: vehicle.id,
      driverId: null,
      organisationId: carrier.id,
      number: 'CG-DK-2024-0042',
      status: 'pending',
      contentType: 'application/pdf',
      fileName: 'carte-grise.pdf',
      expired: false,
    })
    const document = await FleetDocument.findOrFail(response.body().id)
    assert.isTrue(await drive.use('fs').exists(document.fileKey))

    const file = await client.get(response.body().fileUrl).loginAs(dispatcher)
    file.assertStatus(200)
    file.assertHeader('content-type', 'application/pdf')
    assert.equal(Buffer.from(file.body()).toString('latin1'), PDF.toString('latin1'))
  })

  test('a paper whose stored file is gone answers 404 saying so, not 500', async ({ client }) => {
    const carrier = await makeOrganisation('carrier', 'SN')
    const dispatcher = await makeUser('dispatcher', carrier)
    const vehicle = await makeVehicle(carrier)
    const uploaded = await client
      .post('/api/v1/documents')
      .loginAs(dispatcher)
      .fields({
        kind: 'registration_card',
        number: 'CG-404',
        expiresOn: inSixMonths(),
        vehicleId: vehicle.id,
      })
      .file('file', PDF, { filename: 'carte-grise.pdf' })
    const document = await FleetDocument.findOrFail(uploaded.body().id)
    await drive.use('fs').delete(document.fileKey)

    const file = await client.get(uploaded.body().fileUrl).loginAs(dispatcher)
    file.assertStatus(404)
    file.assertBodyContains({ errors: [{ code: 'E_FILE_MISSING' }] })
  })

  test('a driver uploads their own licence without naming themselves', async ({ client }) => {
    const carrier = await makeOrganisation()
    const driver = await makeUser('driver', carrier)
    const response = await client
      .post('/api/v1/documents')
      .loginAs(driver)
      .fields({ kind: 'driving_licence', number: 'DL-123456', expiresOn: inSixMonths() })
      .file('file', PNG, { filename: 'licence.png' })
    response.assertStatus(201)
    response.assertBodyContains({ driverId: driver.id, vehicleId: null, contentType: 'image/png' })
  })

  test('an admin verifies the papers and the vehicle becomes eligible', async ({ client }) => {
    const carrier = await makeOrganisation()
    const dispatcher = await makeUser('dispatcher', carrier)
    const admin = await makeUser('admin')
    const vehicle = await makeVehicle(carrier)
    const card = await makeDocument('registration_card', { vehicle }, { status: 'pending' })
    const insurance = await makeDocument('insurance', { vehicle }, { status: 'pending' })

    const queue = await client.get('/api/v1/documents?status=pending').loginAs(admin)
    queue.assertStatus(200)
    queue.assertBodyContains({ meta: { total: 2 } })

    for (const document of [card, insurance]) {
      const verified = await client
        .post(`/api/v1/documents/${document.id}/verify`)
        .loginAs(admin)
        .json({})
      verified.assertStatus(200)
      verified.assertBodyContains({ status: 'verified' })
    }
    const shown = await client.get(`/api/v1/vehicles/${vehicle.id}`).loginAs(dispatcher)
    shown.assertBodyContains({ eligibility: { eligible: true, reasons: [] } })

    const again = await client.post(`/api/v1/documents/${card.id}/verify`).loginAs(admin).json({})
    again.assertStatus(409)
    again.assertBodyContains({ errors: [{ code: 'E_INVALID_STATE' }] })
  })

  test('a rejected document makes the vehicle ineligible and says why', async ({ client }) => {
    const carrier = await makeOrganisation()
    const dispatcher = await makeUser('dispatcher', carrier)
    const admin = await makeUser('admin')
    const vehicle = await makeVehicle(carrier)
    await makeDocument('registration_card', { vehicle })
    const insurance = await makeDocument('insurance', { vehicle }, { status: 'pending' })

    const rejected = await client
      .post(`/api/v1/documents/${insurance.id}/reject`)
      .loginAs(admin)
      .json({ reason: 'The policy number is unreadable' })
    rejected.assertStatus(200)
    rejected.assertBodyContains({
      status: 'rejected',
      rejectionReason: 'The policy number is unreadable',
    })

    const shown = await client.get(`/api/v1/vehicles/${vehicle.id}`).loginAs(dispatcher)
    shown.assertBodyContains({
      eligibility: { eligible: false, reasons: [{ code: 'INSURANCE_REJECTED' }] },
    })
  })

  test('an expired document cannot be verified', async ({ client }) => {
    const carrier = await makeOrganisation()
    const vehicle = await makeVehicle(carrier)
    const admin = await makeUser('admin')
    const old = await makeDocument(
      'insurance',
      { vehicle },
      { status: 'pending', expiresOn: DateTime.now().minus({ days: 3 }) }
    )
    const response = await client.post(`/api/v1/documents/${old.id}/verify`).loginAs(admin).json({})
    response.assertStatus(409)
    response.assertBodyContains({ errors: [{ code: 'E_DOCUMENT_EXPIRED' }] })
    await old.refresh()
    if (old.status !== 'pending') throw new Error('status changed')
  })

  test("a carrier's list holds its vehicles' papers and its drivers' licences only", async ({
    client,
    assert,
  }) => {
    const carrier = await makeOrganisation()
    const dispatcher = await makeUser('dispatcher', carrier)
    const driver = await makeUser('driver', carrier)
    const vehicle = await makeVehicle(carrier)
    const mine = [
      await makeDocument('insurance', { vehicle }),
      await makeDocument('driving_licence', { driver }),
    ]
    const otherVehicle = await makeVehicle(await makeOrganisation())
    await makeDocument('insurance', { vehicle: otherVehicle })

    const list = await client.get('/api/v1/documents').loginAs(dispatcher)
    list.assertStatus(200)
    assert.sameMembers(
      list.body().data.map((d: { id: number }) => d.id),
      mine.map((d) => d.id)
    )
  })
})
