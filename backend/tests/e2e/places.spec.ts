import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import { isolateDatabase } from '#tests/helpers'
import { makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { PHONE, appUrl, launchChromium, newVisitor, screenshot } from './browser.js'
import { restoreSession } from './driver_steps.js'

/** Places by name in the order editor (issue 10 item 2), on a phone, in French. */
test.group('e2e: places by name', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('a Senegalese shipper types "Touba", picks it, and the pin moves there', async ({
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'), 'Awa Diallo')
    shipper.locale = 'fr'
    await shipper.save()
    const context = await newVisitor(browser, {
      locale: 'fr-SN',
      timezoneId: 'Africa/Dakar',
      viewport: PHONE,
    })
    await restoreSession(context, shipper)
    const page = await context.newPage()
    await page.goto(appUrl('/orders/new'))
    await page.getByRole('heading', { name: 'Publier un chargement' }).waitFor()
    // No tile server here: the map draws its own coasts and borders instead of a grey sheet.
    await page
      .locator('.map-view--basemap .leaflet-basemap-pane path')
      .first()
      .waitFor({ state: 'attached' })

    await page.locator('#pickup-address').fill('Touba')
    await page.getByTestId('place-suggestion').filter({ hasText: 'Touba' }).first().click()
    const placed = page.getByTestId('pickup-placed')
    await placed.getByText('près de Touba').waitFor()
    assert.approximately(Number(await placed.getAttribute('data-lat')), 14.86, 0.05)
    assert.approximately(Number(await placed.getAttribute('data-lng')), -15.88, 0.05)
    assert.match(await page.locator('#pickup-address').inputValue(), /^Touba/)
    // The marker itself sits in the middle of the map, where the map was moved.
    const marker = page.locator('.njia-stop--pickup')
    const [box, map] = [await marker.boundingBox(), await page.getByTestId('map').boundingBox()]
    assert.isNotNull(box)
    assert.approximately(box!.x + box!.width / 2, map!.x + map!.width / 2, 30)

    // An address that names another town than where the pin is gets a warning.
    await page.locator('#pickup-address').fill('Marché Sandaga, Dakar')
    await page.locator('#pickup-address').blur()
    const far = page.getByTestId('pickup-far')
    await far.waitFor()
    assert.include(await far.textContent(), 'Dakar')
    await screenshot(page, 'places-touba-fr')
  })
})
