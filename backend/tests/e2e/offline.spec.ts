import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import { isolateDatabase } from '#tests/helpers'
import { makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { tokenFor } from '#tests/tracking_fixtures'
import { apiCall, appUrl, launchChromium, screenshot } from './browser.js'

interface WorkerWindow {
  navigator: { serviceWorker: { ready: Promise<{ active: { state: string } | null }> } }
}

test.group('e2e: offline', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('the app opens with no network after a first visit, with the last data (service worker)', async ({
    assert,
  }) => {
    const org = await makeOrganisation('carrier', 'KE')
    const user = await makeUser('dispatcher', org, 'Nyokabi Offline')
    const token = await tokenFor(user)
    const me = await apiCall(token, 'GET', '/api/v1/me')

    // Unlike the other tests, the service worker is allowed: it is what is tested.
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'allow',
    })
    const origin = appUrl('')
    await context.route(
      (url) => !url.href.startsWith(origin),
      (route) => route.abort('internetdisconnected')
    )
    await context.addInitScript(
      ([t, u]) => {
        if (!localStorage.getItem('njia.token')) {
          localStorage.setItem('njia.token', t)
          localStorage.setItem('njia.user', u)
        }
      },
      [token, JSON.stringify(me)] as const
    )
    const page = await context.newPage()

    // First visit, online: the worker installs and prefetches the app shell.
    await page.goto(appUrl('/'))
    await page.getByRole('heading', { name: 'Welcome, Nyokabi Offline' }).waitFor()
    // evaluate awaits the page's promise; waitForFunction would take a pending one as true.
    await page.evaluate(async () => {
      const registration = await (globalThis as unknown as WorkerWindow).navigator.serviceWorker
        .ready
      while (registration.active?.state !== 'activated') {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })
    // The organisation page, read once online.
    await page.goto(appUrl('/organisation'))
    await page.getByTestId('org-name').getByText(org.name).waitFor()

    // A request through the worker makes it fetch ngsw.json and cache the shell; its
    // debug page says when that is done.
    await page.reload()
    const deadline = Date.now() + 30_000
    let state = ''
    while (!/Latest manifest hash: [0-9a-f]{6,}/.test(state) && Date.now() < deadline) {
      await page.waitForTimeout(250)
      state = await page.evaluate(() => fetch('/ngsw/state').then((r) => r.text()))
    }
    assert.match(state, /Driver state: NORMAL/)
    assert.match(state, /Latest manifest hash: [0-9a-f]{6,}/)

    // No network at all: a reload still opens the app, signed in, saying it is offline.
    await context.setOffline(true)
    await page.goto(appUrl('/'))
    await page.getByRole('heading', { name: 'Welcome, Nyokabi Offline' }).waitFor()
    await page.getByRole('status').getByText('Offline').first().waitFor()

    // Pages the first visit never opened come from the prefetched shell too.
    await page.getByRole('navigation').getByRole('link', { name: 'Profile' }).click()
    await page.getByTestId('profile-phone').waitFor()
    assert.equal(await page.getByTestId('profile-phone').textContent(), user.phone)
    await screenshot(page, 'offline-profile')

    // The organisation shows its last known members: the last data, kept per user on the phone.
    await page.getByTestId('organisation-link').click()
    await page.getByTestId('org-name').getByText(org.name).waitFor()
    assert.include(await page.getByTestId('members').textContent(), user.phone)

    // Back online, the app talks to the server again.
    await context.setOffline(false)
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click()
    await page.getByRole('heading', { name: 'Welcome, Nyokabi Offline' }).waitFor()
    await context.close()
  }).timeout(90_000)
})
