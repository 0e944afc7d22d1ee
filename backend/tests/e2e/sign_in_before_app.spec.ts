import { test } from '@japa/runner'
import type { Browser, Page } from 'playwright-core'
import { isolateDatabase } from '#tests/helpers'
import { accessibilityProblems } from './accessibility.js'
import {
  PHONE,
  appUrl,
  latestSignInCode,
  launchChromium,
  newVisitor,
  uniquePhone,
} from './browser.js'

/**
 * The page the server writes for /sign-in carries the form itself (issue 14
 * part 9): on a slow network it is on screen and takes typing long before
 * the app's scripts have arrived, and the app takes it over with what was
 * typed, where it was typed, and a press of the button made meanwhile.
 */
test.group('e2e: sign-in usable before the app has arrived', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  /** The app's main script held back until `release()`, as on a slow network. */
  async function holdApp(page: Page) {
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/main-[A-Za-z0-9_]+\.js$/, async (route) => {
      await released
      await route.continue()
    })
    return release
  }

  async function appTookOver(page: Page) {
    await page.locator('njia-root[ng-version] njia-sign-in').waitFor()
    await page.locator('#njia-early').waitFor({ state: 'detached' })
  }

  test('a phone typed and sent before the app arrives is sent by the app, on a slow API too; the code signs in', async ({
    assert,
  }) => {
    const context = await newVisitor(browser, { viewport: PHONE })
    const page = await context.newPage()
    const release = await holdApp(page)
    // The API is slow as well: the code request takes 3 s.
    await page.route(appUrl('/api/v1/auth/otp/request'), async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000))
      await route.continue()
    })
    const phone = uniquePhone()

    await page.goto(appUrl('/sign-in'), { waitUntil: 'commit' })
    await page.getByRole('heading', { name: 'Sign in to Njia' }).waitFor()
    assert.isNull(await page.locator('njia-root').getAttribute('ng-version'), 'no app yet')
    assert.deepEqual(await accessibilityProblems(page), [])

    await page.getByLabel('Phone number').fill(phone)
    await page.getByRole('button', { name: 'Send me a code' }).click()
    // Held, not lost: the page stays, says it is sending, and keeps the number.
    await page.getByRole('button', { name: 'Sending…' }).waitFor()
    assert.equal(page.url(), appUrl('/sign-in'))
    assert.equal(await page.getByLabel('Phone number').inputValue(), phone)

    release()
    await page.getByText(`We sent a code to ${phone}`).waitFor({ timeout: 30_000 })
    await page.getByLabel('Code from the SMS').fill(await latestSignInCode(phone))
    await page.getByLabel('Your name').fill('Neema Otieno')
    await page.getByText('I have goods to move').click()
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL(appUrl('/'))
    await page.getByRole('heading', { name: 'Welcome, Neema Otieno' }).waitFor()
    await context.close()
  })

  test('at /, a signed-out visitor types into the form before the app, which sends them on to /sign-in with it; someone signed in never sees it', async ({
    assert,
  }) => {
    const context = await newVisitor(browser, { viewport: PHONE })
    const page = await context.newPage()
    const release = await holdApp(page)
    await page.goto(appUrl('/'), { waitUntil: 'commit' })
    await page.getByLabel('Phone number').fill('0712 345 678')
    release()
    await appTookOver(page)
    await page.waitForURL(/\/sign-in$/)
    assert.equal(await page.getByLabel('Phone number').inputValue(), '0712 345 678')
    await context.close()

    // Signed in on this device (its token stored): the form stays hidden while the app comes.
    const known = await newVisitor(browser, { viewport: PHONE })
    await known.addInitScript(() => localStorage.setItem('njia.token', 'a-token'))
    const again = await known.newPage()
    const releaseAgain = await holdApp(again)
    await again.goto(appUrl('/'), { waitUntil: 'commit' })
    await again.locator('#njia-early').waitFor({ state: 'attached' })
    assert.isFalse(await again.locator('#njia-early').isVisible())
    assert.isFalse(await again.getByLabel('Phone number').isVisible())
    releaseAgain()
    await again.locator('njia-root[ng-version]').waitFor()
    await again.locator('#njia-early').waitFor({ state: 'detached' })
    await known.close()
  })

  for (const visitor of [
    {
      locale: 'fr-SN',
      lang: 'fr',
      title: 'Se connecter à Njia',
      phone: 'Numéro de téléphone',
      button: 'Recevoir un code',
      country: 'Sénégal (+221)',
      typed: ['77 123', ' 45 67'],
    },
    {
      locale: 'sw-TZ',
      lang: 'sw',
      title: 'Ingia kwenye Njia',
      phone: 'Namba ya simu',
      button: 'Nitumie msimbo',
      country: 'Tanzania (+255)',
      typed: ['0712', ' 345 678'],
    },
  ]) {
    test(`in ${visitor.lang}: the form speaks the visitor's language before and after the app, which keeps the typing and its place`, async ({
      assert,
    }) => {
      const context = await newVisitor(browser, { locale: visitor.locale, viewport: PHONE })
      const page = await context.newPage()
      const release = await holdApp(page)

      await page.goto(appUrl('/sign-in'), { waitUntil: 'commit' })
      await page.getByRole('heading', { name: visitor.title }).waitFor()
      assert.equal(await page.locator('html').getAttribute('lang'), visitor.lang)
      await page.getByRole('button', { name: visitor.button }).waitFor()
      assert.deepEqual(await accessibilityProblems(page), [])
      const field = page.getByLabel(visitor.phone)
      const before = await field.boundingBox()

      // Typing starts before the app and goes on after it, in the same field.
      await field.click()
      await page.keyboard.type(visitor.typed[0])
      release()
      await appTookOver(page)
      await page.keyboard.type(visitor.typed[1])

      assert.equal(await field.inputValue(), visitor.typed.join(''))
      const after = await page.getByLabel(visitor.phone).boundingBox()
      // No jump: the app's field is where the server's was.
      assert.closeTo(after!.y, before!.y, 1)
      assert.closeTo(after!.x, before!.x, 1)
      await page.getByRole('heading', { name: visitor.title }).waitFor()
      await page.getByRole('button', { name: visitor.button }).waitFor()
      // The app's own guess of the country (the visitor's region) replaces the server's default.
      assert.equal(
        await page
          .getByLabel(visitor.lang === 'fr' ? 'Pays' : 'Nchi')
          .evaluate(
            (select) =>
              (select as unknown as { selectedOptions: { text: string }[] }).selectedOptions[0].text
          ),
        visitor.country
      )
      await context.close()
    })
  }
})
