import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import app from '@adonisjs/core/services/app'
import NotificationService from '#notifications/services/notification_service'
import { runJobsInline } from '#tests/notifications_fixtures'
import FleetDocument from '#fleet/models/fleet_document'
import User from '#accounts/models/user'
import Vehicle from '#fleet/models/vehicle'
import { isolateDatabase } from '#tests/helpers'
import { PNG, makeUser } from '#tests/fleet_fixtures'
import { tokenFor } from '#tests/tracking_fixtures'
import { appUrl, launchChromium, screenshot, signedInContext, uniquePhone } from './browser.js'

test.group('e2e: organisation, vehicles and papers, notifications', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('a driver founds a carrier, adds a dispatcher, registers a truck and uploads its papers', async ({
    assert,
  }) => {
    const owner = await makeUser('driver', null, 'Baraka Owner')
    const context = await signedInContext(browser, await tokenFor(owner))
    const page = await context.newPage()
    await page.setViewportSize({ width: 390, height: 844 })

    // No organisation yet: the page offers to found one; a missing name is caught first.
    await page.goto(appUrl('/profile'))
    await page.getByTestId('organisation-link').click()
    await page.getByRole('heading', { name: 'Found an organisation' }).waitFor()
    await page.getByRole('button', { name: 'Create' }).click()
    await page.getByText('Required.').waitFor()
    await page.getByLabel('Name').fill('Baraka Haulage')
    await page.getByLabel('Country').selectOption('KE')
    await page.getByRole('button', { name: 'Create' }).click()
    await page.getByTestId('org-name').getByText('Baraka Haulage').waitFor()
    assert.include(await page.getByTestId('org-name').textContent(), 'Carrier')
    await owner.refresh()
    assert.isNotNull(owner.organisationId)

    // A number the API refuses: its error lands beside the phone field, nobody is added.
    await page.getByLabel('Phone', { exact: true }).fill('+1 202 555 0143')
    await page.getByLabel('Role').selectOption('dispatcher')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await page.getByTestId('member-phone-errors').locator('.njia-error').waitFor()
    assert.lengthOf(await User.query().where('organisation_id', owner.organisationId!), 1)

    const phone = uniquePhone()
    await page.getByLabel('Phone', { exact: true }).fill(phone)
    await page.getByLabel('Name', { exact: true }).fill('Zawadi Dispatch')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await page.getByText(`${phone} was added.`).waitFor()
    await page.getByTestId('members').getByText('Zawadi Dispatch').waitFor()
    const member = await User.findByOrFail('phone', phone)
    assert.equal(member.role, 'dispatcher')
    assert.equal(member.organisationId, owner.organisationId)
    await screenshot(page, 'organisation')

    // Vehicles and papers: a new truck is not ready until its papers are in.
    await page.goto(appUrl('/fleet'))
    await page.getByRole('heading', { name: 'Vehicles and papers' }).waitFor()
    await page.getByLabel('Plate').fill('KDA 123B')
    await page.getByLabel('Vehicle type').selectOption({ label: 'Flatbed 10 t' })
    await page.getByRole('button', { name: 'Add vehicle' }).click()
    await page.getByTestId('vehicles').getByRole('heading', { name: 'KDA123B' }).waitFor()
    assert.include(await page.getByTestId('vehicles').textContent(), 'Not ready')
    const vehicle = await Vehicle.findByOrFail('plate', 'KDA123B')

    await page.getByLabel('Kind').selectOption('registration_card')
    await page.getByLabel('Number').fill('RC-2026-0042')
    await page.getByLabel('Expires on').fill('2030-06-30')
    await page.getByLabel('Photo or PDF').setInputFiles({
      name: 'card.png',
      mimeType: 'image/png',
      buffer: PNG,
    })
    await page.getByRole('button', { name: 'Upload' }).click()
    await page.getByText('Uploaded: waiting for review.').waitFor()
    await page.getByTestId('documents').getByText('RC-2026-0042').waitFor()
    assert.include(await page.getByTestId('documents').textContent(), 'Waiting for review')
    const document = await FleetDocument.findByOrFail('number', 'RC-2026-0042')
    assert.equal(document.vehicleId, vehicle.id)
    assert.equal(document.status, 'pending')
    await screenshot(page, 'fleet')
    await context.close()
  }).timeout(90_000)

  test('notifications arrive live, with an unread count, and stay after a reload', async ({
    assert,
    cleanup,
  }) => {
    const restore = runJobsInline()
    cleanup(restore)
    const user = await makeUser('shipper', null, 'Neema Notified')
    const context = await signedInContext(browser, await tokenFor(user))
    const page = await context.newPage()
    await page.goto(appUrl('/notifications'))
    await page.getByText('Nothing yet.').waitFor()
    // The socket is connected once the app has joined its user room.
    await page.waitForFunction(() => document.querySelector('njia-root') !== null)
    await page.waitForTimeout(1000)

    // A real notice, stored and sent live by the notifications pipeline.
    const notifications = await app.container.make(NotificationService)
    await notifications.notify([
      {
        userId: user.id,
        kind: 'bid_placed',
        eventKey: 'e2e:bid:1',
        params: {
          orderId: 12,
          order: 'sugar · Moi Avenue → Thika',
          carrier: 'Sahel',
          amount: { minor: 4_200_000, currency: 'KES' },
        },
      },
    ])
    await page
      .getByTestId('notifications')
      .getByText('New bid on order “sugar · Moi Avenue → Thika”')
      .waitFor()
    assert.include(await page.getByTestId('notifications-link').getAttribute('aria-label'), '(1)')

    await page.reload()
    await page.getByTestId('notifications').getByText('Sahel bids KES').waitFor()
    await page.getByRole('button', { name: 'Mark all as read' }).click()
    await page.locator('[data-testid=notifications-link][aria-label="Notifications"]').waitFor()
    assert.equal(await page.locator('.notification.unread').count(), 0)
    await context.close()
  }).timeout(60_000)
})
