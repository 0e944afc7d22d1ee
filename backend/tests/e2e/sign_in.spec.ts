import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import { isolateDatabase } from '#tests/helpers'
import {
  appUrl,
  latestSignInCode,
  launchChromium,
  newVisitor,
  screenshot,
  uniquePhone,
} from './browser.js'

/** The parts of an <img> the broken-tile check reads (the backend compiles without DOM types). */
interface TileImage {
  style: { visibility: string }
  complete: boolean
  naturalWidth: number
}

test.group('e2e: sign in through the web app', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('a new shipper signs in with the texted code, lands home and opens the map', async ({
    assert,
  }) => {
    const context = await newVisitor(browser)
    const page = await context.newPage()
    const phone = uniquePhone()

    // Signed out, the app sends us to sign-in.
    await page.goto(appUrl('/'))
    await page.waitForURL(/\/sign-in/)
    await page.getByRole('heading', { name: 'Sign in to Njia' }).waitFor()
    await screenshot(page, 'sign-in')

    // A typo is caught before the server is asked.
    await page.getByLabel('Phone number').fill('call me')
    await page.getByRole('button', { name: 'Send me a code' }).click()
    await page.getByText("This doesn't look like a phone number.").waitFor()

    await page.getByLabel('Phone number').fill(phone)
    await page.getByRole('button', { name: 'Send me a code' }).click()
    await page.getByText(`We sent a code to ${phone}`).waitFor()

    // A wrong code is refused beside the code field.
    const code = await latestSignInCode(phone)
    const wrong = code === '000000' ? '111111' : '000000'
    await page.getByLabel('Code from the SMS').fill(wrong)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.getByTestId('code-error').waitFor()

    await page.getByLabel('Code from the SMS').fill(code)
    await page.getByLabel('Your name').fill('Amina Wanjiru')
    await page.getByText('I have goods to move').click()
    await screenshot(page, 'sign-in-code')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()

    // Home: the shipper's own entry points; unbuilt ones say so honestly.
    await page.waitForURL(appUrl('/'))
    await page.getByRole('heading', { name: 'Welcome, Amina Wanjiru' }).waitFor()
    assert.equal(await page.getByTestId('role').textContent(), 'Shipper')
    await page.getByTestId('entry-postLoad').getByRole('link', { name: 'Post a load' }).waitFor()
    assert.equal(await page.getByTestId('entry-loadBoard').count(), 0)
    await screenshot(page, 'home-shipper')

    // The profile: a new name is saved on the server and greets us at home.
    await page.getByRole('navigation').getByRole('link', { name: 'Profile' }).click()
    assert.equal(await page.getByTestId('profile-phone').textContent(), phone)
    await page.getByLabel('Name').fill('Amina W.')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Saved.').waitFor()
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
    await page.getByRole('heading', { name: 'Welcome, Amina W.' }).waitFor()

    // The map works with no tiles: markers and labels, no broken images.
    await page.getByRole('navigation').getByRole('link', { name: 'Map' }).click()
    await page.waitForURL(appUrl('/map'))
    await page.locator('.njia-marker').first().waitFor()
    assert.isAtLeast(await page.locator('.njia-marker').count(), 3)
    await page.getByRole('button', { name: 'Nairobi' }).waitFor()
    await page.getByTestId('tiles-unavailable').waitFor()
    const visibleBrokenTiles = await page
      .locator('img.leaflet-tile')
      .evaluateAll(
        (tiles) =>
          tiles
            .map((tile) => tile as unknown as TileImage)
            .filter((img) => img.style.visibility !== 'hidden' && img.complete && !img.naturalWidth)
            .length
      )
    assert.equal(visibleBrokenTiles, 0)
    await screenshot(page, 'map-offline-tiles')

    // Kiswahili from the switcher, kept after a reload.
    await page.getByLabel('Language').selectOption('sw')
    await page.getByRole('heading', { name: 'Ramani', exact: true }).waitFor()
    await page.reload()
    await page.getByRole('heading', { name: 'Ramani', exact: true }).waitFor()

    // Signing out revokes the token and returns to sign-in.
    await page.getByTestId('sign-out').click()
    await page.waitForURL(/\/sign-in/)
    await context.close()
  })
})
