import { test } from '@japa/runner'
import type { BrowserContext, Page } from 'playwright-core'
import db from '@adonisjs/lucid/services/db'
import Bid from '#orders/models/bid'
import Order from '#orders/models/order'
import { isolateDatabase } from '#tests/helpers'
import { markPaid } from '#tests/money_fixtures'
import { makeEligibleVehicle, makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { appUrl, chromiumWithRealtime, newVisitor, screenshot } from './browser.js'
import { attachPhoto, closeApp, pingsAt, restoreSession, sign } from './driver_steps.js'
import { placeStops, rateFiveStars, signedInPage, truckLat } from './shipper_steps.js'

type LatLng = { lat: number; lng: number }

/** `count` fixes from `from` to `to`, rounded like the stored points. */
function route(from: LatLng, to: LatLng, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    latitude: Number((from.lat + ((to.lat - from.lat) * i) / (count - 1)).toFixed(6)),
    longitude: Number((from.lng + ((to.lng - from.lng) * i) / (count - 1)).toFixed(6)),
    accuracy: 10,
  }))
}

/** Moves the emulated phone through `fixes`, one every 250 ms. */
async function driveThrough(context: BrowserContext, page: Page, fixes: ReturnType<typeof route>) {
  for (const fix of fixes) {
    await context.setGeolocation(fix)
    await page.waitForTimeout(250)
  }
}

test.group('e2e: the whole journey, shipper and driver side by side', (group) => {
  isolateDatabase(group)
  const browser = chromiumWithRealtime(group)

  test('post, bid, accept, drive through an outage losing nothing, prove, confirm and rate', async ({
    assert,
    cleanup,
  }) => {
    const shipperOrg = await makeOrganisation('shipper', 'KE')
    const shipper = await makeUser('shipper', shipperOrg, 'Amina Wanjiru')
    const carrier = await makeOrganisation('carrier', 'KE')
    const { vehicle, driver } = await makeEligibleVehicle(carrier)

    // --- The shipper posts a load, picking both stops on the map.
    const shipperPage = await signedInPage(browser(), shipper)
    await shipperPage.goto(appUrl('/orders/new'))
    await shipperPage.getByRole('heading', { name: 'Post a load' }).waitFor()
    await placeStops(shipperPage, { x: 200, y: 180 }, { x: 230, y: 200 })
    await shipperPage.locator('#pickup-address').fill('Depot, Nairobi')
    await shipperPage.locator('#dropoff-address').fill('Warehouse, Thika')
    await shipperPage.locator('#cargo-kind').fill('maize')
    await shipperPage.locator('#cargo-weight').fill('5000')
    await shipperPage.getByTestId('post').click()
    await shipperPage.waitForURL(/\/orders\/\d+$/)
    await shipperPage.getByTestId('order-status').getByText('Posted').waitFor()
    await shipperPage.getByTestId('live-state').getByText('Live').waitFor()
    const order = await Order.query().where('shipper_id', shipper.id).firstOrFail()
    const path = route(order.pickup, order.dropoff, 30)

    // --- The driver, standing at the pickup, goes on duty and bids from the load board.
    const driverContext = await newVisitor(browser())
    cleanup(() => closeApp(driverContext))
    await driverContext.grantPermissions(['geolocation'], { origin: appUrl('') })
    await driverContext.setGeolocation(path[0])
    await restoreSession(driverContext, driver)
    const driverPage = await driverContext.newPage()
    await driverPage.goto(appUrl('/driver'))
    await driverPage.getByRole('button', { name: 'Go on duty' }).click()
    await driverPage.getByTestId('connection-state').getByText('Connected').waitFor()
    await driverPage.getByTestId(`load-${order.id}`).getByRole('link', { name: 'Bid' }).click()
    await driverPage.getByLabel('Amount').fill('38000')
    await driverPage.getByLabel('Currency').selectOption('KES')
    assert.include(await driverPage.getByLabel('Vehicle').textContent(), vehicle.plate)
    await driverPage.getByRole('button', { name: 'Place bid' }).click()
    await driverPage.waitForURL(appUrl('/driver'))
    const bid = await Bid.query().where('order_id', order.id).firstOrFail()

    // --- The bid appears on the shipper's page by itself; the shipper accepts it.
    const card = shipperPage.getByTestId(`bid-${bid.id}`)
    await card.waitFor({ timeout: 15_000 })
    assert.include(await card.getByTestId('bid-amount').textContent(), '38,000')
    await card.getByTestId('accept').click()
    await card.getByTestId('confirm-accept').click()
    await shipperPage.getByTestId('order-status').getByText('Assigned').waitFor()
    // The price is in escrow (pay-in is money's own journey): the goods may leave.
    await markPaid(await Order.findOrFail(order.id))

    // --- The job is the driver's: to the pickup, loaded.
    await driverPage.reload()
    await driverPage.getByTestId(`job-${order.id}`).click()
    await driverPage.waitForURL(appUrl(`/driver/jobs/${order.id}`))
    const buttons = driverPage.getByTestId('status-buttons')
    await buttons.getByRole('button', { name: 'Arrived at pickup' }).click()
    await driverPage.getByTestId('job-status').getByText('At pickup').waitFor()
    await buttons.getByRole('button', { name: 'Picked up' }).click()
    await driverPage.getByTestId('job-status').getByText('Picked up').waitFor()
    const timeline = shipperPage.getByTestId('timeline')
    await timeline.getByText('Picked up').waitFor()

    // --- Driving: the shipper sees the truck move.
    await driveThrough(driverContext, driverPage, path.slice(0, 10))
    await shipperPage.getByTestId('truck-position').getByText('Truck seen').waitFor()
    const seenLat = await truckLat(shipperPage)

    // --- The driver's network drops: points and the next move wait on the phone.
    await driverContext.setOffline(true)
    await driverPage.getByTestId('connection-state').getByText('Offline').waitFor()
    await driveThrough(driverContext, driverPage, path.slice(10, 20))
    await buttons.getByRole('button', { name: 'In transit' }).click()
    await driverPage.getByTestId('job-status').getByText('waiting for the network').waitFor()
    assert.isAtLeast(Number(await driverPage.getByTestId('queue-size').textContent()), 5)
    await screenshot(driverPage, 'journey-driver-offline')

    // --- Back online: everything is sent, in order, once; the shipper's page catches up.
    await driverContext.setOffline(false)
    await driverPage.getByTestId('connection-state').getByText('Connected').waitFor()
    await driveThrough(driverContext, driverPage, path.slice(20))
    await timeline.getByText('In transit').waitFor()
    await shipperPage.waitForFunction(
      (lat) => {
        const el = document.querySelector('[data-testid="truck-position"]')
        return el && Math.abs(Number(el.getAttribute('data-lat')) - lat) < 1e-4
      },
      path.at(-1)!.latitude,
      { timeout: 15_000 }
    )
    // Watchers hear a point before it is committed; the phone lets it go only once the server
    // acknowledges the commit. Waiting for an empty queue before the last point reached the
    // server (a busy machine records fixes late) read the table while the last batch was in flight.
    await driverPage
      .getByTestId('queue-size')
      .filter({ hasText: /^\s*0\s*$/ })
      .waitFor({ timeout: 20_000 })
    assert.notEqual(await truckLat(shipperPage), seenLat)
    await shipperPage.waitForTimeout(1500) // the marker's glide, for the picture
    await screenshot(shipperPage, 'journey-shipper-live')

    // Every fix of the drive is stored once; the pickup, where the phone stood
    // since going on duty, may have been recorded more than once (at other times).
    const pings = await pingsAt(driver.id)
    for (const [i, fix] of path.entries()) {
      const stored = pings.filter((p) => p.lat === fix.latitude && p.lng === fix.longitude)
      if (i === 0) assert.isAtLeast(stored.length, 1)
      else assert.lengthOf(stored, 1, `point ${i} stored ${stored.length} times`)
    }

    // --- Delivered, with the photo and the receiver's signature.
    await buttons.getByRole('button', { name: 'Delivered' }).click()
    await driverPage.getByTestId('job-status').getByText('Delivered').waitFor()
    await attachPhoto(driverPage)
    await sign(driverPage)
    await driverPage.getByLabel("Receiver's name").fill('Wanjiku Kamau')
    await driverPage.getByLabel("Receiver's phone").fill('+254 712 345 678')
    await driverPage.getByRole('button', { name: 'Send proof of delivery' }).click()
    await driverPage.getByTestId('pod-done').getByText('Wanjiku Kamau').waitFor()

    // --- The shipper sees the proof, confirms and rates.
    await shipperPage.getByTestId('order-status').getByText('Delivered').waitFor()
    await shipperPage.getByTestId('proof-receiver').getByText('Received by Wanjiku Kamau').waitFor()
    await shipperPage.getByTestId('confirm-delivery').click()
    await shipperPage.getByTestId('confirm-delivery-yes').click()
    await shipperPage.getByTestId('order-status').getByText('Completed').waitFor()
    await rateFiveStars(shipperPage, 'Arrived with every sack.')

    await order.refresh()
    assert.equal(order.status, 'completed')
    assert.equal(order.assignedDriverId, driver.id)
    const rating = await db.from('ratings').where('order_id', order.id).first()
    assert.equal(rating.score, 5)
    await shipperPage.context().close()
  }).timeout(240_000)
})
