import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import { DateTime } from 'luxon'
import AuditEvent from '#audit/models/audit_event'
import FleetDocument from '#fleet/models/fleet_document'
import VehicleType from '#fleet/models/vehicle_type'
import User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { PNG, PDF, makeOrganisation, makeUser, makeVehicle } from '#tests/fleet_fixtures'
import { makeAssignedOrder, makeCarrier, makeOrder } from '#tests/fixtures/marketplace'
import { markPaid } from '#tests/money_fixtures'
import LedgerService from '#money/services/ledger_service'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import { connected, nextEvent, socketFor, tokenFor } from '#tests/tracking_fixtures'
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
    const order = await makeOrder(shipper, { status: 'posted' })
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
    const order = await makeAssignedOrder(shipper, carrier, {
      status: 'delivered',
      deliveredAt: DateTime.now().minus({ hours: 2 }),
    })
    await markPaid(order)
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
      .getByRole('button', { name: `${order.pickupAddress} → ${order.dropoffAddress}` })
      .click()
    const detail = page.getByTestId('dispute-detail')
    await detail
      .getByTestId('dispute-held')
      .getByText(/KES\s45,000/)
      .waitFor()
    await detail.getByRole('button', { name: 'torn.png' }).waitFor()
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

    await page.getByRole('link', { name: 'Audit log' }).click()
    const log = page.getByTestId('audit-events')
    await log.getByText('Dispute resolved').waitFor()
    assert.lengthOf(await log.getByText('Dispute resolved').all(), 1)
    const rows = await AuditEvent.query().where('action', 'dispute.resolved')
    assert.lengthOf(rows, 1)
    await context.close()
  }).timeout(120_000)
})
