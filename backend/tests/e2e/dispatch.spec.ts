import { test } from '@japa/runner'
import type { Browser, Locator } from 'playwright-core'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import Order from '#orders/models/order'
import TrackingException from '#tracking/models/tracking_exception'
import Broadcaster from '#realtime/services/broadcaster'
import { fleetRoomsOf } from '#realtime/rooms'
import { isolateDatabase } from '#tests/helpers'
import { makeEligibleVehicle, makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { tokenFor } from '#tests/tracking_fixtures'
import { apiCall, appUrl, launchChromium, screenshot, signedInContext } from './browser.js'
import { accessibilityAudit } from './accessibility.js'
import TrackingExceptionTransformer from '#tracking/transformers/tracking_exception_transformer'

/** Moi Avenue, Nairobi -> Thika: the pickup, and two trucks a few km from it. */
const PICKUP = { lat: -1.2864, lng: 36.8172 }
const NEAR = { lat: -1.3, lng: 36.83 }
const FURTHER = { lat: -1.22, lng: 36.9 }

async function textOf(locator: Locator) {
  const text = await locator.textContent()
  return text?.trim()
}

async function onDutyAt(token: string, at: { lat: number; lng: number }) {
  await apiCall(token, 'POST', '/api/v1/drivers/me/duty', { onDuty: true })
  await apiCall(token, 'POST', '/api/v1/tracking/positions', {
    points: [{ ...at, recordedAt: new Date().toISOString(), accuracy: 10 }],
  })
}

test.group('e2e: dispatcher', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('sees the fleet live, filters it, and assigns a load to a suggested truck', async ({
    assert,
  }) => {
    // A carrier with two ready trucks on duty near Nairobi and a dispatcher.
    const carrier = await makeOrganisation('carrier', 'KE')
    const dispatcher = await makeUser('dispatcher', carrier, 'Wanjiku Dispatch')
    const near = await makeEligibleVehicle(carrier)
    near.driver.name = 'Otieno Near'
    await near.driver.save()
    const further = await makeEligibleVehicle(carrier)
    further.driver.name = 'Kamau Further'
    await further.driver.save()
    await onDutyAt(await tokenFor(near.driver), NEAR)
    await onDutyAt(await tokenFor(further.driver), FURTHER)

    // A shipper posts a load from Nairobi.
    const shipperOrg = await makeOrganisation('shipper', 'KE')
    const shipper = await makeUser('shipper', shipperOrg, 'Achieng Shipper')
    const shipperToken = await tokenFor(shipper)
    const draft = await apiCall(shipperToken, 'POST', '/api/v1/orders', {
      pickup: { ...PICKUP, address: 'Moi Avenue, Nairobi' },
      dropoff: { lat: -1.0333, lng: 37.0693, address: 'Thika town' },
      cargo: { kind: 'maize', weightKg: 5000 },
      currency: 'KES',
      priceAmount: 4_500_000,
      paymentMethod: 'cash',
    })
    await apiCall(shipperToken, 'POST', `/api/v1/orders/${draft.id}/post`)

    const context = await signedInContext(browser, await tokenFor(dispatcher))
    const page = await context.newPage()
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto(appUrl('/'))
    await page.getByRole('navigation').getByRole('link', { name: 'Dispatch' }).click()
    await page.waitForURL(appUrl('/dispatch'))
    await page.getByRole('heading', { name: 'Dispatch', exact: true }).waitFor()
    await page.getByTestId('socket-state').and(page.locator('[data-state=connected]')).waitFor()

    // Both trucks on the map, from the nearby snapshot.
    await page.locator('njia-drivers-layer[data-count="2"]').waitFor({ state: 'attached' })
    assert.equal(await textOf(page.getByTestId('fleet-count')), '2 of 2 trucks shown')

    // A third truck going on duty shows up live, through the fleet room.
    const late = await makeEligibleVehicle(carrier)
    late.driver.name = 'Mwangi Late'
    await late.driver.save()
    await onDutyAt(await tokenFor(late.driver), { lat: -1.25, lng: 36.75 })
    await page.getByText('3 of 3 trucks shown').waitFor()

    // Filters: nobody is on a job yet.
    await page.getByLabel('Job').selectOption('with')
    await page.getByText('0 of 3 trucks shown').waitFor()
    await page.getByLabel('Job').selectOption('without')
    await page.getByText('3 of 3 trucks shown').waitFor()
    await page.getByLabel('Job').selectOption('any')

    // An exception raised by tracking appears in the panel without a reload.
    assert.equal(await textOf(page.getByTestId('exception-count')), '0')
    const exception = await TrackingException.create({
      kind: 'long_stop',
      orderId: null,
      driverId: further.driver.id,
      organisationId: carrier.id,
      position: null,
      details: { stoppedMinutes: 25 },
      openedAt: DateTime.now(),
    })
    const broadcaster = await app.container.make(Broadcaster)
    broadcaster.emit(
      fleetRoomsOf(carrier.id),
      'exception',
      TrackingExceptionTransformer.toJSON(exception)
    )
    await page.getByTestId('exceptions').getByText('Long stop').waitFor()
    const a11y = accessibilityAudit()
    await a11y.check(page, 'the fleet, filtered, with an exception')
    assert.equal(await textOf(page.getByTestId('exception-count')), '1')

    // The posted load waits on the board; its suggestions put the nearest truck first.
    const card = page.getByTestId(`order-${draft.id}`)
    await page.getByTestId('column-open').getByTestId(`order-${draft.id}`).waitFor()
    await card.getByRole('button', { name: 'Assign' }).click()
    const panel = page.getByTestId('assign-panel')
    await panel.getByTestId('suggestions').getByRole('listitem').first().waitFor()
    const names = await panel.getByTestId('suggestions').locator('strong').allTextContents()
    assert.deepEqual(names, ['Otieno Near', 'Mwangi Late', 'Kamau Further'])
    assert.include(await panel.textContent(), 'live position')
    await a11y.check(page, 'the assign panel')
    await screenshot(page, 'dispatcher-fleet-map')

    await panel.getByRole('button', { name: 'Assign to Otieno Near' }).click()
    // A direct assignment is asked once more, with its price.
    await panel
      .getByRole('alertdialog')
      .getByText('Assign “maize · Moi Avenue, Nairobi → Thika town” to Otieno Near')
      .waitFor()
    await a11y.check(page, 'confirming the assignment')
    await panel.getByRole('button', { name: 'Yes, assign' }).click()
    await page.getByTestId('assigned-message').waitFor()
    assert.equal(
      await page
        .getByTestId('assigned-message')
        .textContent()
        .then((t) => t?.trim()),
      'Load “maize · Moi Avenue, Nairobi → Thika town” assigned to Otieno Near.'
    )
    // The board names the driver, as the server does, whether or not the truck is on the map.
    await page
      .getByTestId('column-assigned')
      .getByTestId(`order-${draft.id}`)
      .getByText('Otieno Near')
      .waitFor()
    await a11y.check(page, 'assigned')
    await screenshot(page, 'dispatcher-assigned')

    // The server agrees with the screen.
    const order = await Order.findOrFail(draft.id)
    assert.equal(order.status, 'assigned')
    assert.equal(order.assignedDriverId, near.driver.id)
    assert.equal(order.assignedVehicleId, near.vehicle.id)

    // The phone layout stacks the map above the board.
    await page.setViewportSize({ width: 390, height: 844 })
    const map = await page.getByTestId('map').boundingBox()
    const board = await page.getByRole('heading', { name: 'Order board' }).boundingBox()
    assert.isBelow(map!.y, board!.y)
    assert.isAtMost(map!.width, 390)
    await a11y.check(page, 'the board on a phone')
    assert.deepEqual(a11y.problems, [])
    await context.close()
  })
})
