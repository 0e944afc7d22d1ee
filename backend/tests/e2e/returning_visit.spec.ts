/// <reference lib="dom" /> // page.evaluate() callbacks run in the browser
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import WebAppService from '#platform/services/web_app_service'
import { PHONE, appUrl, launchChromium } from './browser.js'

/**
 * A returning visitor, with the service worker in control (issue 14 part 9):
 * online, a page load is asked of the server first, so the sign-in form is in
 * the page again (usable before the app's scripts, in the visitor's language);
 * with no network, or one that hangs, the app still opens from the cache.
 */
test.group('e2e: returning visit through the service worker', (group) => {
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  /** A visit on a good network that leaves the worker in control with the app shell cached. */
  async function returningVisitor(
    locale: string
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      locale,
      viewport: PHONE,
      // Unlike most tests, the service worker is allowed: it is what is tested.
      serviceWorkers: 'allow',
    })
    const origin = appUrl('')
    await context.route(
      (url) => !url.href.startsWith(origin),
      (route) => route.abort('internetdisconnected')
    )
    const page = await context.newPage()
    await page.goto(appUrl('/sign-in'))
    await page.locator('njia-root[ng-version] njia-sign-in').waitFor()
    // The worker controls the page and every file of the app shell is in its cache (Angular's
    // worker fetches them after it activates). Polled from here: waitForFunction takes the
    // promise of an async predicate for a truthy answer.
    const shellCached = () =>
      page.evaluate(async () => {
        if (!navigator.serviceWorker.controller) return false
        const response = await fetch('/ngsw.json', { cache: 'no-store' })
        const manifest: { assetGroups: { name: string; urls: string[] }[] } = await response.json()
        const shell = manifest.assetGroups.find((assets) => assets.name === 'app-shell')!
        const cached = await Promise.all(shell.urls.map((url) => caches.match(url)))
        return cached.every(Boolean)
      })
    const deadline = Date.now() + 90_000
    while (!(await shellCached())) {
      if (Date.now() > deadline) throw new Error('the service worker did not cache the app shell')
      await page.waitForTimeout(500)
    }
    return { context, page }
  }

  test('online, the page comes from the server through the worker: the form in the page, in French', async ({
    assert,
  }) => {
    const { context, page } = await returningVisitor('fr-SN')
    const response = await page.goto(appUrl('/sign-in'), { waitUntil: 'commit' })
    assert.isTrue(response?.fromServiceWorker(), 'the worker answered the page load')
    // The server's page: its form and what it knows at page load, before the app has taken over.
    assert.equal(await page.locator('script#njia-boot').count(), 1)
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr')
    await page.locator('njia-root[ng-version] njia-sign-in').waitFor()
    await page.getByRole('heading', { name: 'Se connecter à Njia' }).waitFor()
    await page.getByLabel('Numéro de téléphone').fill('77 123 45 01')
    assert.equal(await page.getByLabel('Numéro de téléphone').inputValue(), '77 123 45 01')

    // Pages that are not the app's still come from the server, not from the app's cache.
    const docs = await page.goto(appUrl('/docs'))
    assert.equal(docs?.status(), 200)
    assert.notInclude(await docs!.text(), '<njia-root')
    await context.close()
  }).timeout(120_000)

  test('with no network the app opens from the cache: the sign-in in Swahili, and it says so when sending', async ({
    assert,
  }) => {
    const { context, page } = await returningVisitor('sw-TZ')
    await context.setOffline(true)
    const response = await page.goto(appUrl('/sign-in'))
    assert.isTrue(response?.fromServiceWorker())
    // The build's own page, from the cache: the app draws the form.
    await page.locator('njia-root[ng-version] njia-sign-in').waitFor()
    await page.getByRole('heading', { name: 'Ingia kwenye Njia' }).waitFor()
    assert.equal(await page.locator('script#njia-boot').count(), 0)
    await page.getByLabel('Namba ya simu').fill('0712 345 678')
    await page.getByRole('button', { name: 'Nitumie msimbo' }).click()
    await page.getByTestId('form-error').waitFor()
    assert.equal(await page.getByLabel('Namba ya simu').inputValue(), '0712 345 678')
    await context.close()
  }).timeout(120_000)

  test('when the server does not answer, the app opens from the cache after a short wait', async ({
    assert,
  }) => {
    const { context, page } = await returningVisitor('en-US')
    // The network hangs: the server takes the page request and never answers it (files still come).
    let asked = 0
    let release!: () => void
    const never = new Promise<void>((resolve) => (release = resolve))
    class HangingPages extends WebAppService {
      async answer(path: string) {
        const answer = await super.answer(path)
        if (answer.kind === 'page') {
          asked++
          await never
        }
        return answer
      }
    }
    app.container.swap(WebAppService, () => new HangingPages())
    try {
      const started = Date.now()
      const response = await page.goto(appUrl('/sign-in'), { waitUntil: 'commit', timeout: 30_000 })
      assert.isTrue(response?.fromServiceWorker())
      await page.locator('njia-root[ng-version] njia-sign-in').waitFor({ timeout: 30_000 })
      await page.getByRole('heading', { name: 'Sign in to Njia' }).waitFor()
      assert.isAbove(asked, 0, 'the worker asked the server first')
      // The build's page from the cache, within the worker's wait (3 s) and the app's start.
      assert.equal(await page.locator('script#njia-boot').count(), 0)
      assert.isBelow(Date.now() - started, 15_000)
    } finally {
      app.container.restore(WebAppService)
      release()
    }
    await context.close()
  }).timeout(120_000)
})
