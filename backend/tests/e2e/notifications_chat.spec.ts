import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type { Browser } from 'playwright-core'
import { isolateDatabase } from '#tests/helpers'
import { PNG } from '#tests/fleet_fixtures'
import { makeAssignedOrder, makeOrder, makeWorld } from '#tests/fixtures/marketplace'
import { runJobsInline } from '#tests/notifications_fixtures'
import { tokenFor } from '#tests/tracking_fixtures'
import { apiCall, appUrl, launchChromium, screenshot, signedInContext } from './browser.js'

test.group('e2e: notifications and the order chat', (group) => {
  isolateDatabase(group)
  let browser: Browser
  let restore: () => void
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })
  group.each.setup(() => {
    restore = runJobsInline()
    return () => restore()
  })

  test('a driver’s bid shows up in the shipper’s bell live, and the notice opens the order', async ({
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeOrder(world.shipper, { status: 'posted' })
    const context = await signedInContext(browser, await tokenFor(world.shipper))
    const page = await context.newPage()
    await page.goto(appUrl(`/orders/${order.id}`))
    await page.getByTestId('summary').waitFor()
    await page.waitForTimeout(1000) // the socket joins the user's room

    await apiCall(await tokenFor(world.carrier.driver), 'POST', `/api/v1/orders/${order.id}/bids`, {
      amount: 4_000_000,
      currency: 'KES',
      vehicleId: world.carrier.vehicle.id,
      estimatedPickupAt: DateTime.now().plus({ hours: 3 }).toISO(),
    })
    await page.locator('[data-testid=notifications-link][aria-label="Notifications (1)"]').waitFor()

    await page.getByTestId('notifications-link').click()
    const notice = page
      .getByTestId('notifications')
      .getByText('New bid on order “maize · Industrial Area, Nairobi → Nakuru town”')
    await notice.waitFor()
    await screenshot(page, 'notifications')
    await notice.click()
    await page.waitForURL(`**/orders/${order.id}`)
    await page.locator('[data-testid=notifications-link][aria-label="Notifications"]').waitFor()
    assert.isTrue(page.url().endsWith(`/orders/${order.id}`))
    await context.close()
  }).timeout(90_000)

  test('the shipper and the driver exchange a message and a photo on a live order', async ({
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, { status: 'in_transit' })
    const shipperContext = await signedInContext(browser, await tokenFor(world.shipper))
    const driverContext = await signedInContext(browser, await tokenFor(world.carrier.driver), {
      viewport: { width: 390, height: 844 },
    })
    const shipper = await shipperContext.newPage()
    const driver = await driverContext.newPage()
    await driver.setViewportSize({ width: 390, height: 844 })
    await shipper.goto(appUrl(`/orders/${order.id}`))
    await driver.goto(appUrl(`/driver/jobs/${order.id}`))
    await shipper.getByTestId('chat').waitFor()
    await driver.getByTestId('chat').waitFor()
    await driver.waitForTimeout(1000)

    await driver.getByTestId('chat-input').fill('Stuck at the weighbridge, 20 minutes late')
    await driver.getByTestId('chat-send').click()
    await shipper
      .getByTestId('chat-messages')
      .getByText('Stuck at the weighbridge, 20 minutes late')
      .waitFor()

    await shipper.getByTestId('chat-photo-input').setInputFiles({
      name: 'gate.png',
      mimeType: 'image/png',
      buffer: PNG,
    })
    await driver.getByTestId('chat-photo').waitFor()
    // The driver read the photo while the chat was open: the shipper's bubble turns "read".
    await shipper.locator('.bubble.mine .tick[data-state="read"]').waitFor()
    await screenshot(driver, 'driver-chat')
    assert.equal(await shipper.locator('.bubble').count(), 2)
    await shipperContext.close()
    await driverContext.close()
  }).timeout(120_000)
})
