import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { PNG, makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { tokenFor } from '#tests/tracking_fixtures'
import { accessibilityProblems } from './accessibility.js'
import { appUrl, launchChromium, screenshot, signedInContext } from './browser.js'

const PHONE = { width: 360, height: 800 }

test.group('e2e: a driver’s photo from the profile page, on a phone', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('takes or chooses a photo at 360 px: it is saved, shown after a reload, and can be removed', async ({
    assert,
  }) => {
    const driver = await makeUser('driver', await makeOrganisation('carrier'), 'Wanjiru Photo')
    const context = await signedInContext(browser, await tokenFor(driver), { viewport: PHONE })
    const page = await context.newPage()
    await page.setViewportSize(PHONE)
    await page.goto(appUrl('/profile'))
    const section = page.getByTestId('profile-photo')
    await section.getByText('No photo yet.').waitFor()

    // The system picker hands the page a file; the page shrinks it and sends it.
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG })
    await section.getByRole('status').getByText('Photo saved.').waitFor()
    await section.getByRole('img', { name: 'Your photo' }).waitFor()
    await driver.refresh()
    assert.isNotNull(driver.photoKey)
    assert.deepEqual(await accessibilityProblems(page), [])
    assert.isAtMost(await page.evaluate(() => document.documentElement.scrollWidth), PHONE.width)
    await screenshot(page, 'profile-photo')

    await page.reload()
    await section.getByRole('img', { name: 'Your photo' }).waitFor()

    await section.getByRole('button', { name: 'Remove the photo' }).click()
    await section.getByRole('status').getByText('Photo removed.').waitFor()
    const after = await User.findOrFail(driver.id)
    assert.isNull(after.photoKey)
    await context.close()
  }).timeout(120_000)
})
