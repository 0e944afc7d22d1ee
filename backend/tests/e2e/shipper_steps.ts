import type { Browser, Page } from 'playwright-core'
import type User from '#accounts/models/user'
import { newVisitor } from './browser.js'
import { restoreSession } from './driver_steps.js'

/**
 * What a shipper does in the web app, for the browser end-to-end tests:
 * open it signed in, place an order's stops on the map, follow the truck
 * and rate the delivery.
 */

/** A fresh visitor already signed in as `user` (the sign-in page has its own e2e test). */
export async function signedInPage(browser: Browser, user: User): Promise<Page> {
  const context = await newVisitor(browser)
  await restoreSession(context, user)
  return context.newPage()
}

type Spot = { x: number; y: number }

/** On the order form: taps the map for the pickup, then for the drop-off. */
export async function placeStops(page: Page, pickup: Spot, dropoff: Spot) {
  const map = page.getByTestId('map')
  await map.locator('.leaflet-tile-pane').waitFor({ state: 'attached' })
  await map.click({ position: pickup })
  await page.locator('[data-testid="pickup-placed"][data-lat]').waitFor()
  await map.click({ position: dropoff })
  await page.locator('[data-testid="dropoff-placed"][data-lat]').waitFor()
}

/** The latitude of the truck the order page shows. */
export async function truckLat(page: Page): Promise<number> {
  return Number(await page.getByTestId('truck-position').getAttribute('data-lat'))
}

/** On a completed order: five stars and a comment. */
export async function rateFiveStars(page: Page, comment: string) {
  await page.getByRole('radio', { name: '5 of 5' }).check()
  await page.locator('#rating-comment').fill(comment)
  await page.getByTestId('send-rating').click()
  await page.getByTestId('rated').waitFor()
}
