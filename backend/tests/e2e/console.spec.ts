import { test } from '@japa/runner'
import { randomBytes } from 'node:crypto'
import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import type { Browser } from 'playwright-core'
import { DateTime } from 'luxon'
import AuditEvent from '#audit/models/audit_event'
import FleetDocument from '#fleet/models/fleet_document'
import VehicleType from '#fleet/models/vehicle_type'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { PNG, PDF, makeOrganisation, makeUser, makeVehicle } from '#tests/fleet_fixtures'
import { makeAssignedOrder, makeCarrier, makeOrder } from '#tests/fixtures/marketplace'
import { markPaid } from '#tests/money_fixtures'
import LedgerService from '#money/services/ledger_service'
import Payment from '#money/models/payment'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import { connected, nextEvent, socketFor, tokenFor, writeBuffer } from '#tests/tracking_fixtures'
import { appUrl, launchChromium, screenshot, signedInContext } from './browser.js'

/** A paper uploaded through the API, as the carrier's app does it. */
async function upload(token: string, fields: Record<string, string>, file: Buffer, name: string) {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.set(key, value)
  const type = name.endsWith('.pdf') ? 'application/pdf' : 'image/png'
  form.set('file', new Blob([new Uint8Array(file)], { type }), name)
  const response = await fetch(appUrl('/api/v1/documents'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  })
  if (response.status !== 201)
    throw new Error(`upload: ${response.status} ${await response.text()}`)
}

async function bid(token: string, orderId: number, vehicleId: number) {
  return fetch(appUrl(`/api/v1/orders/${orderId}/bids`), {
    method: 'POST',
    headers: { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      amount: 4_000_000,
      currency: 'KES',
      vehicleId,
      estimatedPickupAt: DateTime.now().plus({ hours: 3 }).toISO(),
    }),
  })
}

test.group('e2e: the operator console', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('an admin verifies a new driver’s three papers, the driver can bid; a suspension closes a socket; the audit log shows each once', async ({
    assert,
  }) => {
    const carrier = await makeOrganisation('carrier', 'KE')
    const dispatcher = await makeUser('dispatcher', carrier, 'Njeri Dispatch')
    const driver = await makeUser('driver', carrier, 'Kamau Driver')
    const vehicle = await makeVehicle(carrier)
    await vehicle.related('drivers').attach([driver.id])
    const dispatcherToken = await tokenFor(dispatcher)
    const driverToken = await tokenFor(driver)
    const expiresOn = DateTime.now().plus({ years: 1 }).toISODate()!
    const forVehicle = { vehicleId: String(vehicle.id), expiresOn }
    await upload(
      dispatcherToken,
      { ...forVehicle, kind: 'registration_card', number: 'RC-2026-001' },
      PNG,
      'card.png'
    )
    await upload(
      dispatcherToken,
      { ...forVehicle, kind: 'insurance', number: 'INS-2026-002' },
      PDF,
      'insurance.pdf'
    )
    await upload(
      driverToken,
      { kind: 'driving_licence', number: 'DL-2026-003', expiresOn },
      PNG,
      'licence.png'
    )

    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'KE'))
    const order = await makeOrder(shipper, { status: 'posted', postedAt: DateTime.now() })
    const refused = await bid(driverToken, order.id, vehicle.id)
    assert.equal(refused.status, 409)

    const admin = await makeUser('admin', null, 'Amina Operator')
    const context = await signedInContext(browser, await tokenFor(admin))
    const page = await context.newPage()
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(appUrl('/'))
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Console' })
      .click()
    await page.getByRole('heading', { name: 'Operator console' }).waitFor()
    await page.getByText('Papers: 3').waitFor()

    // Oldest first: the registration card, then the insurance (a PDF), then the licence.
    const rows = page.getByTestId('papers').locator('tbody tr')
    const listed = await rows.allTextContents()
    assert.deepEqual(
      listed.map((row) => row.match(/[A-Z]{2,3}-2026-\d{3}/)?.[0]),
      ['RC-2026-001', 'INS-2026-002', 'DL-2026-003']
    )
    await rows.first().getByRole('button').first().click()
    const detail = page.getByTestId('paper-detail')
    await detail.getByTestId('paper-number').getByText('RC-2026-001').waitFor()
    await detail.getByRole('img').waitFor()
    await screenshot(page, 'console-papers')
    for (const number of ['RC-2026-001', 'INS-2026-002', 'DL-2026-003']) {
      await page.getByRole('button', { name: new RegExp(number) }).click()
      await detail.getByTestId('paper-number').getByText(number).waitFor()
      await detail.getByRole('button', { name: 'Verify' }).click()
      await detail.getByText('Verified. The carrier has been told.').waitFor()
    }
    await page.getByText('Papers: 0').waitFor()
    const papers = await FleetDocument.query().where('organisation_id', carrier.id)
    assert.deepEqual(
      papers.map((d) => d.status),
      ['verified', 'verified', 'verified']
    )
    const accepted = await bid(driverToken, order.id, vehicle.id)
    assert.equal(accepted.status, 201)

    // Suspending the dispatcher ends their open socket at once.
    const socket = socketFor(appUrl('').replace(/\/$/, ''), dispatcherToken)
    await connected(socket)
    const dropped = nextEvent(socket, 'disconnect')
    await page.getByRole('link', { name: 'Accounts' }).click()
    await page.getByLabel('Name or phone').fill('Njeri')
    await page.getByRole('button', { name: 'Search' }).click()
    // The list first shows everyone: wait for the search's answer, not for a name it already lists.
    await page.getByText('Accounts: 1', { exact: true }).waitFor()
    const accounts = page.getByTestId('accounts')
    await accounts.getByText('Njeri Dispatch').waitFor()
    assert.notInclude(await accounts.textContent(), dispatcher.phone)
    await accounts.getByRole('button', { name: 'Suspend' }).click()
    await page
      .getByLabel('Reason (kept in the audit log)')
      .fill('Shared the account with a stranger')
    await page.getByTestId('account-action').getByRole('button', { name: 'Suspend' }).click()
    await page.getByText('Suspended: their sessions have ended.').waitFor()
    assert.equal(await dropped, 'io server disconnect')
    socket.disconnect()
    const suspended = await User.findOrFail(dispatcher.id)
    assert.isNotNull(suspended.suspendedAt)

    // The audit log: each action exactly once, newest first.
    await page.getByRole('link', { name: 'Audit log' }).click()
    const log = page.getByTestId('audit-events')
    await log.getByText('Account suspended').waitFor()
    assert.lengthOf(await log.getByText('Paper verified').all(), 3)
    assert.lengthOf(await log.getByText('Account suspended').all(), 1)
    await screenshot(page, 'console-audit')
    const rowsInDb = await AuditEvent.query().orderBy('id')
    assert.deepEqual(
      rowsInDb.map((row) => row.action),
      ['paper.verified', 'paper.verified', 'paper.verified', 'user.suspended']
    )

    // Operations: the day's figures count the order posted for the driver's bid.
    await page.getByRole('link', { name: 'Operations' }).click()
    const today = page.getByTestId('ops-today')
    await today.getByText('Orders posted').waitFor()
    assert.match((await today.textContent()) ?? '', /Orders posted\s*1/)
    await page.getByTestId('ops-health').waitFor()
    await context.close()
  }).timeout(120_000)

  test('an admin settles a dispute with a split: the escrow moves once and the audit log shows it once', async ({
    assert,
  }) => {
    const shipper = await makeUser(
      'shipper',
      await makeOrganisation('shipper', 'KE'),
      'Wanjiru Shipper'
    )
    const carrier = await makeCarrier()
    const deliveredAt = DateTime.now().minus({ hours: 2 })
    const order = await makeAssignedOrder(shipper, carrier, { status: 'delivered', deliveredAt })
    await db
      .from('orders')
      .where('id', order.id)
      .update({ created_at: deliveredAt.minus({ hours: 3 }).toJSDate() })
    await markPaid(order)
    // The case file: the truck's GPS track, the proof of delivery, a message of the driver.
    const from = order.pickup
    const to = order.dropoff
    const buffer = await writeBuffer({ batchSize: 1000, flushMs: 10 })
    await buffer.write(
      [0, 1, 2, 3, 4].map((step) => ({
        driverId: carrier.driver.id,
        organisationId: carrier.organisation.id,
        orderId: order.id,
        recordedAt: deliveredAt.minus({ minutes: 100 - step * 20 }).toMillis(),
        lat: from.lat + ((to.lat - from.lat) * step) / 4,
        lng: from.lng + ((to.lng - from.lng) * step) / 4,
        accuracy: 8,
        speed: 15,
        heading: null,
        altitude: null,
        battery: null,
        source: 'socket' as const,
      }))
    )
    await drive.use().put(`orders/${order.id}/pod/photo.png`, PNG)
    await drive.use().put(`orders/${order.id}/pod/signature.png`, PNG)
    await ProofOfDelivery.create({
      orderId: order.id,
      photoKey: `orders/${order.id}/pod/photo.png`,
      signatureKey: `orders/${order.id}/pod/signature.png`,
      receiverName: 'Otieno Receiver',
      receiverPhone: '+254722000111',
      position: { lat: -0.30311, lng: 36.08002 },
      deliveredAt,
    })
    const said = await fetch(appUrl(`/api/v1/orders/${order.id}/chat/messages`), {
      method: 'POST',
      headers: {
        'Authorization': `Bearer ${await tokenFor(carrier.driver)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ clientId: 'driver-at-the-gate', body: 'Sacks were dry at loading' }),
    })
    assert.equal(said.status, 201)
    const form = new FormData()
    form.set('reason', 'damaged')
    form.set('description', 'Three of nine sacks arrived torn and wet.')
    form.set('evidence', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'torn.png')
    const opened = await fetch(appUrl(`/api/v1/orders/${order.id}/dispute`), {
      method: 'POST',
      headers: { Authorization: `Bearer ${await tokenFor(shipper)}` },
      body: form,
    })
    assert.equal(opened.status, 201)

    const admin = await makeUser('admin', null, 'Amina Operator')
    const context = await signedInContext(browser, await tokenFor(admin))
    const page = await context.newPage()
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(appUrl('/console/disputes'))
    await page.getByText('Disputes: 1').waitFor()
    // The dispute is named by its route, as people call a load.
    await page
      .getByRole('link', { name: `${order.pickupAddress} → ${order.dropoffAddress}` })
      .click()
    const detail = page.getByTestId('dispute-detail')
    await detail
      .getByTestId('dispute-held')
      .getByText(/KES\s45,000/)
      .waitFor()
    // The case file: timeline, track on the map (markers drawn though tiles fail), proof, evidence, chat.
    await detail.getByTestId('timeline').getByText('Dispute opened').waitFor()
    await detail.getByTestId('tiles-unavailable').waitFor()
    await detail.locator('.njia-stop--pickup').waitFor()
    await detail.locator('.njia-stop--dropoff').waitFor()
    await detail.getByText('GPS points recorded: 5').waitFor()
    assert.equal(await detail.locator('path.njia-track-travelled').count(), 1)
    const proof = detail.getByTestId('dispute-proof')
    await proof.getByText('Otieno Receiver (+254722000111)').waitFor()
    await proof.getByTestId('proof-place').getByText('-0.30311, 36.08002').waitFor()
    await proof.getByRole('img', { name: 'Delivery photo' }).waitFor()
    await proof.getByRole('img', { name: "Receiver's signature" }).waitFor()
    const evidence = detail.getByTestId('dispute-evidence')
    await evidence.getByRole('img', { name: 'torn.png' }).waitFor()
    const downloading = page.waitForEvent('download')
    await evidence.getByRole('link', { name: 'Download torn.png' }).click()
    const download = await downloading
    assert.equal(download.suggestedFilename(), 'torn.png')
    await detail.getByTestId('dispute-chat').getByText('Sacks were dry at loading').waitFor()

    await detail.getByLabel('Split').check()
    await detail.getByLabel("The carrier's share (KES)").fill('30000')
    await detail
      .getByText(
        /The carrier gets KES\s30,000 \(less the commission\), the shipper is refunded KES\s15,000\./
      )
      .waitFor()
    await detail.getByLabel('Reason for the decision').fill('A third of the sacks were torn')
    await screenshot(page, 'console-disputes')
    await detail.getByRole('button', { name: 'Decide' }).click()
    await detail
      .getByText(/Decided: the carrier gets KES\s30,000, the shipper is refunded KES\s15,000\./)
      .waitFor()
    await page.getByRole('link', { name: '← All disputes' }).click()
    await page.getByText('Disputes: 0').waitFor()

    const ledger = new LedgerService()
    const balance = (owner: string, purpose: AccountPurpose) =>
      ledger.balance({ owner, purpose, currency: 'KES' })
    const carrierOwner = owners.organisation(carrier.organisation.id)
    // The carrier's net is owed, or already on its way by B2C.
    assert.equal(
      (await balance(carrierOwner, 'carrier_payable')) +
        (await balance(carrierOwner, 'payout_in_flight')),
      2_700_000
    )
    assert.equal(await balance(owners.order(order.id), 'order_escrow'), 0)

    // A pay-in M-Pesa has not answered for half an hour: it waits in the Money tab's pay-ins.
    const waiting = await makeAssignedOrder(shipper, carrier)
    await Payment.create({
      orderId: waiting.id,
      payerId: shipper.id,
      provider: 'mpesa',
      amount: waiting.priceAmount ?? 4_500_000,
      currency: 'KES',
      phone: '+254722000123',
      status: 'pending',
      providerRef: 'ws_CO_0212202603000001',
      callbackToken: randomBytes(32).toString('base64url'),
      accountReference: `NJIA-${waiting.id}`,
      createdAt: DateTime.now().minus({ minutes: 30 }),
    })

    // The Money tab: the totals per currency, and the order's journals.
    await page.getByRole('link', { name: 'Money' }).click()
    const totals = page.getByTestId('ledger-totals')
    await totals.getByText('Platform commission').waitFor()
    assert.match((await totals.textContent()) ?? '', /Platform commission\s*KES\s3,000/)
    await page.getByLabel('Order number').fill(String(order.id))
    await page.getByRole('button', { name: 'Search' }).click()
    const journals = page.getByTestId('order-journals')
    await journals.getByText('Settlement').waitFor()
    await journals.getByText('Payment into escrow').waitFor()
    await page.getByTestId('order-payments').getByText('Received').waitFor()
    await page
      .getByTestId('pending-pay-ins')
      .getByRole('cell', { name: String(waiting.id), exact: true })
      .waitFor()
    await page.getByRole('button', { name: 'Verify the ledger now' }).click()
    await page.getByTestId('ledger-verification').getByText('The ledger is sound').waitFor()
    await screenshot(page, 'console-money')

    // Vehicle types: an admin corrects a Swahili name; the API answers it to everyone.
    await page.getByRole('link', { name: 'Vehicle types' }).click()
    const swahili = page.getByLabel('flatbed_10t sw')
    await swahili.fill('Lori bapa tani 10')
    await page
      .getByTestId('vehicle-types')
      .getByRole('row')
      .filter({ has: swahili })
      .getByRole('button', { name: 'Save' })
      .click()
    await page.getByText('Saved. Everyone now reads the new names.').waitFor()
    const flatbed = await VehicleType.findByOrFail('code', 'flatbed_10t')
    assert.equal(flatbed.nameIn('sw'), 'Lori bapa tani 10')
    assert.equal(flatbed.nameIn('fr'), 'Plateau 10 t')
    // A new type, named in each language it is given (Swahili left to the English name).
    const added = page.getByTestId('new-vehicle-type')
    await added.getByLabel('Code').fill('lowbed_40t')
    await added.getByLabel('Body').selectOption({ label: 'Flatbed' })
    await added.getByLabel('Capacity (kg)').fill('40000')
    await added.getByLabel('Volume (m³)').fill('60')
    await added.getByLabel('Name in English').fill('Lowbed 40 t')
    await added.getByLabel('Name in French').fill('Porte-engins 40 t')
    await added.getByRole('button', { name: 'Add the vehicle type' }).click()
    await added.getByText('Lowbed 40 t added. Carriers can choose it now.').waitFor()
    const lowbed = await VehicleType.findByOrFail('code', 'lowbed_40t')
    assert.deepEqual(
      [lowbed.nameIn('fr'), lowbed.nameIn('sw')],
      ['Porte-engins 40 t', 'Lowbed 40 t']
    )
    await page.getByLabel('lowbed_40t sw').waitFor()

    await page.getByRole('link', { name: 'Audit log' }).click()
    const log = page.getByTestId('audit-events')
    await log.getByText('Dispute resolved').waitFor()
    assert.lengthOf(await log.getByText('Dispute resolved').all(), 1)
    const rows = await AuditEvent.query().where('action', 'dispute.resolved')
    assert.lengthOf(rows, 1)
    assert.lengthOf(await AuditEvent.query().where('action', 'vehicle_type.created'), 1)
    await context.close()
  }).timeout(120_000)
})
