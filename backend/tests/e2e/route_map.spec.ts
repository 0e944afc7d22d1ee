import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import { makeCooperative, makeFarmer } from '#tests/collections_fixtures'
import { point } from '#tests/tracking_fixtures'
import {
  PHONE,
  apiCall,
  appUrl,
  chromiumWithRealtime,
  screenshot,
  signedInContext,
} from './browser.js'

test.group('e2e: a milk route live on the map (/cooperative/routes/:id)', (group) => {
  isolateDatabase(group)
  const browser = chromiumWithRealtime(group)

  test('the manager sees the numbered stops with no map tiles at all, and the truck as its driver moves', async ({
    assert,
  }) => {
    const coop = await makeCooperative('Kiambu Dairy')
    await makeFarmer(coop, { name: 'Kamau Njoroge' })
    // Every request off the app's own origin fails here, the tile server's included.
    const context = await signedInContext(browser(), await tokenFor(coop.manager))
    const page = await context.newPage()
    await page.setViewportSize(PHONE)
    await page.goto(appUrl('/collect/route'))
    await page.getByTestId('route-map-link').click()
    await page.getByRole('heading', { name: 'Route A' }).waitFor()
    await page.getByTestId('tiles-unavailable').waitFor()
    const markers = page.locator('.njia-route-stop')
    await markers.nth(2).waitFor()
    assert.equal(await markers.count(), 3)
    for (const i of [0, 1, 2]) assert.isTrue(await markers.nth(i).isVisible())
    assert.deepEqual(await markers.allTextContents(), ['1', '2', '3'])
    await page.getByTestId('truck-status').getByText('No position from the truck yet.').waitFor()

    await apiCall(await tokenFor(coop.driver), 'POST', '/api/v1/tracking/positions', {
      points: [point(1, { lat: -1.048, lng: 36.772 }, 5)],
    })
    await page.getByTestId('truck-status').getByText('Truck last seen at').waitFor()
    await screenshot(page, 'route-map')
    await context.close()
  })
})
