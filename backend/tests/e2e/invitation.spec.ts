import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { runJobsInline } from '#tests/notifications_fixtures'
import { tokenFor } from '#tests/tracking_fixtures'
import { apiCall, appUrl, launchChromium, screenshot, signedInContext } from './browser.js'

const NEAR_PICKUP = { lat: -1.3, lng: 36.83 }

test.group('e2e: nobody joins an organisation without saying yes', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('an owner invites a driver, the driver accepts, then the owner sees the driver live', async ({
    assert,
    cleanup,
  }) => {
    cleanup(runJobsInline())
    const carrier = await makeOrganisation('carrier', 'KE')
    const owner = await makeUser('driver', carrier, 'Joseph Owner')
    carrier.ownerId = owner.id
    await carrier.save()
    // A driver who already works on their own, on duty near Nairobi.
    const driver = await makeUser('driver', null, 'Samuel Invited')
    const driverToken = await tokenFor(driver)
    const sendPosition = (at: { lat: number; lng: number }) =>
      apiCall(driverToken, 'POST', '/api/v1/tracking/positions', {
        points: [{ ...at, recordedAt: new Date().toISOString(), accuracy: 10 }],
      })
    await apiCall(driverToken, 'POST', '/api/v1/drivers/me/duty', { onDuty: true })
    await sendPosition(NEAR_PICKUP)

    // The owner adds the driver by phone: they have an account, so they are only invited.
    const ownerContext = await signedInContext(browser, await tokenFor(owner))
    const ownerPage = await ownerContext.newPage()
    await ownerPage.setViewportSize({ width: 1280, height: 860 })
    await ownerPage.goto(appUrl('/organisation'))
    await ownerPage.getByTestId('org-name').getByText(carrier.name).waitFor()
    await ownerPage.getByLabel('Phone', { exact: true }).fill(driver.phone)
    await ownerPage.getByLabel('Role').selectOption('driver')
    await ownerPage.getByRole('button', { name: 'Add', exact: true }).click()
    await ownerPage.getByTestId('invited').waitFor()
    assert.include(await ownerPage.getByTestId('invited').textContent(), 'an invitation was sent')
    await ownerPage.getByTestId('sent-invitations').getByText('Waiting').waitFor()
    assert.notInclude(await ownerPage.getByTestId('members').textContent(), 'Samuel Invited')
    await driver.refresh()
    assert.isNull(driver.organisationId)

    // Until the driver says yes, the owner's fleet map does not show them.
    await ownerPage.goto(appUrl('/dispatch'))
    await ownerPage
      .getByTestId('socket-state')
      .and(ownerPage.locator('[data-state=connected]'))
      .waitFor()
    await ownerPage.getByText('0 of 0 trucks shown').waitFor()
    await sendPosition({ lat: -1.301, lng: 36.831 })
    await ownerPage.waitForTimeout(800)
    const stillEmpty = await ownerPage.getByTestId('fleet-count').textContent()
    assert.equal(stillEmpty?.trim(), '0 of 0 trucks shown')

    // The driver hears of it in the app (and by SMS) and accepts.
    const driverContext = await signedInContext(browser, driverToken)
    const driverPage = await driverContext.newPage()
    await driverPage.setViewportSize({ width: 390, height: 844 })
    await driverPage.goto(appUrl('/notifications'))
    await driverPage.getByText(`${carrier.name} invites you to join`, { exact: true }).click()
    await driverPage.waitForURL(appUrl('/organisation'))
    const invitation = driverPage.getByTestId('invitations')
    await invitation.getByText(`${carrier.name} invites you to join as Driver`).waitFor()
    await screenshot(driverPage, 'invitation')
    await invitation.getByRole('button', { name: 'Accept' }).click()
    await driverPage.getByText(`You joined ${carrier.name}.`).waitFor()
    await driverPage.getByTestId('org-name').getByText(carrier.name).waitFor()
    const joined = await User.findOrFail(driver.id)
    assert.equal(joined.organisationId, carrier.id)

    // From the next point on, the owner sees the driver live on the fleet map.
    await sendPosition({ lat: -1.302, lng: 36.832 })
    await ownerPage.getByText('1 of 1 trucks shown').waitFor()
    await ownerContext.close()
    await driverContext.close()
  }).timeout(120_000)
})
