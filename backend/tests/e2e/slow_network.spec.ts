import { test } from '@japa/runner'
import type { Browser, Request } from 'playwright-core'
import { PHONE, appUrl, launchChromium, newVisitor } from './browser.js'

/**
 * The sign-in on a bad network (issue 14 part 9): the first screen must not
 * wait for the API, and when the API cannot be reached the person still sees
 * the form and is told so in their language.
 */
test.group('e2e: sign-in when the API is slow or unreachable', (group) => {
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('a French visitor gets the form with no API call; sending offline says why, in French', async ({
    assert,
  }) => {
    const context = await newVisitor(browser, { locale: 'fr-SN', viewport: PHONE })
    const page = await context.newPage()
    const apiCalls: string[] = []
    await page.route(
      (url) => url.pathname.startsWith('/api/'),
      (route) => {
        apiCalls.push(route.request().url())
        return route.abort('internetdisconnected')
      }
    )

    await page.goto(appUrl('/sign-in'))
    await page.getByRole('heading', { name: 'Se connecter à Njia' }).waitFor()
    await page.getByLabel('Numéro de téléphone').waitFor()
    // Settings and French texts came in the page: nothing was asked of the API.
    assert.deepEqual(apiCalls, [])
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr')

    await page.getByLabel('Numéro de téléphone').fill('77 123 45 01')
    await page.getByRole('button', { name: 'Recevoir un code' }).click()
    await page
      .getByTestId('form-error')
      .getByText('Le serveur est injoignable. Vérifiez votre connexion et réessayez.')
      .waitFor()
    assert.lengthOf(apiCalls, 1)
    // The number is still there to send again.
    assert.equal(await page.getByLabel('Numéro de téléphone').inputValue(), '77 123 45 01')
    await context.close()
  })

  test('without the server’s data (a cached page), a slow then failing config holds nothing up; the reader is told in Swahili', async ({
    assert,
  }) => {
    const context = await newVisitor(browser, { locale: 'sw-TZ', viewport: PHONE })
    const page = await context.newPage()
    // The page as the service worker or another server gives it: the build's own, no server data.
    await page.route(appUrl('/sign-in'), async (route) => {
      const response = await route.fetch()
      const html = await response.text()
      const body = html.replace(/<script id="njia-boot"[^]*?<\/script>/, '')
      return route.fulfill({ response, body })
    })
    let configAnswered = false
    const configAsked = new Promise<Request>((resolve) =>
      page.route(appUrl('/api/v1/config'), async (route) => {
        resolve(route.request())
        await new Promise((wait) => setTimeout(wait, 6000))
        configAnswered = true
        await route.abort('timedout')
      })
    )

    await page.goto(appUrl('/sign-in'))
    await page.getByRole('heading', { name: 'Ingia kwenye Njia' }).waitFor()
    await page.getByLabel('Namba ya simu').fill('0712 345 678')
    await configAsked
    assert.isFalse(configAnswered, 'the form was usable while the config was still on its way')

    await page.getByTestId('unreachable').getByText('Hatuwezi kufikia Njia kwa sasa.').waitFor()
    await page.getByRole('button', { name: 'Nitumie msimbo' }).waitFor()
    assert.equal(await page.getByLabel('Namba ya simu').inputValue(), '0712 345 678')
    await context.close()
  })
})
