import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Order from '#orders/models/order'
import Bid from '#orders/models/bid'
import { isolateDatabase } from '#tests/helpers'
import { makeEligibleVehicle, makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { assignedOrder, PICKUP, tokenFor } from '#tests/tracking_fixtures'
import { appUrl, chromiumWithRealtime, newVisitor, screenshot } from './browser.js'
import {
  assertEachPointOnce,
  attachPhoto,
  closeApp,
  drive,
  restoreSession,
  routePoint,
  sign,
  signInAsDriver,
} from './driver_steps.js'

test.group('e2e: the driver app', (group) => {
  isolateDatabase(group)
  const browser = chromiumWithRealtime(group)

  test('a driver goes on duty, bids, streams GPS through an outage without losing a point, and delivers with proof', async ({
    assert,
    cleanup,
  }) => {
    const carrier = await makeOrganisation('carrier')
    const { vehicle, driver } = await makeEligibleVehicle(carrier)
    const shipperOrg = await makeOrganisation('shipper')
    const shipper = await makeUser('shipper', shipperOrg)
    const order = await Order.create({
      shipperId: shipper.id,
      shipperOrganisationId: shipperOrg.id,
      status: 'posted',
      pickup: { lat: PICKUP.lat + 0.01, lng: PICKUP.lng },
      pickupAddress: 'Industrial Area, Nairobi',
      dropoff: { lat: -1.0333, lng: 37.0693 },
      dropoffAddress: 'Thika town',
      cargoKind: 'maize',
      cargoWeightKg: 5000,
      priceAmount: 2_500_000,
      currency: 'KES',
      openToBids: true,
      paymentMethod: 'cash',
      postedAt: DateTime.now(),
    })

    const context = await newVisitor(browser())
    cleanup(() => closeApp(context))
    await context.grantPermissions(['geolocation'], { origin: appUrl('') })
    await context.setGeolocation(routePoint(0))
    const page = await context.newPage()
    await signInAsDriver(page, driver.phone)

    // On duty: the server knows, and the phone starts recording.
    await page.getByTestId('entry-onDuty').getByRole('link').click()
    await page.waitForURL(appUrl('/driver'))
    await page.getByRole('button', { name: 'Go on duty' }).click()
    await page.getByText('On duty: your position is shared').waitFor()
    // The switch shows at once (it also works offline); it is enabled again once the server answered.
    await page.locator('button:enabled', { hasText: 'Go off duty' }).waitFor()
    await page.getByTestId('connection-state').getByText('Connected').waitFor()
    const duty = await db.from('driver_positions').where('driver_id', driver.id).first()
    assert.isTrue(duty.on_duty)

    // The load board shows the posted order nearby, on the map too.
    await page.getByTestId(`load-${order.id}`).waitFor()
    await page.getByRole('button', { name: 'Map', exact: true }).click()
    await page
      .getByTestId('load-board-map')
      .getByRole('button', { name: 'Industrial Area, Nairobi' })
      .waitFor()
    await page.waitForTimeout(500) // let the zoom animation end
    await screenshot(page, 'driver-load-board')

    // The load board lists the posted order nearby; the bid form shows the server's refusal beside the field.
    await page.getByTestId(`load-${order.id}`).getByRole('link', { name: 'Bid' }).click()
    await page.getByLabel('Amount').fill('24000')
    await page.getByLabel('Currency').selectOption('XOF')
    await page.getByRole('button', { name: 'Place bid' }).click()
    await page.getByTestId('currency-error').getByText('Use the currency of the order.').waitFor()
    assert.isNull(await Bid.findBy('orderId', order.id))
    await page.getByLabel('Currency').selectOption('KES')
    assert.include(await page.getByLabel('Vehicle').textContent(), vehicle.plate)
    await page.getByLabel('Note for the shipper (optional)').fill('Empty truck 1 km away')
    await page.getByRole('button', { name: 'Place bid' }).click()
    await page.waitForURL(appUrl('/driver'))
    const bid = await Bid.query().where('order_id', order.id).firstOrFail()
    assert.equal(bid.amount, 2_400_000)
    assert.equal(bid.vehicleId, vehicle.id)

    // The shipper accepts: the order becomes the driver's job.
    const accepted = await fetch(appUrl(`/api/v1/orders/${order.id}/accept-bid`), {
      method: 'POST',
      headers: {
        'Authorization': `Bearer ${await tokenFor(shipper)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ bidId: bid.id }),
    })
    assert.equal(accepted.status, 200, await accepted.text())

    await page.reload()
    await page.getByTestId(`job-${order.id}`).click()
    await page.waitForURL(appUrl(`/driver/jobs/${order.id}`))
    await page
      .getByTestId('status-buttons')
      .getByRole('button', { name: 'Arrived at pickup' })
      .click()
    await page.getByTestId('job-status').getByText('At pickup').waitFor()
    await page.getByTestId('status-buttons').getByRole('button', { name: 'Picked up' }).click()
    await page.getByTestId('job-status').getByText('Picked up').waitFor()

    // Driving: points stream while connected...
    await drive(context, page, 1, 11)
    // ...then the network drops: points and the next move wait on the phone.
    await context.setOffline(true)
    await page.getByTestId('connection-state').getByText('Offline').waitFor()
    await drive(context, page, 11, 21)
    await page.getByTestId('status-buttons').getByRole('button', { name: 'In transit' }).click()
    const waitingBadge = page.getByTestId('job-status').getByText('waiting for the network')
    await waitingBadge.waitFor()
    assert.include(await page.getByTestId('pending-list').textContent(), 'in transit')
    const waiting = Number(await page.getByTestId('queue-size').textContent())
    assert.isAtLeast(waiting, 5)
    await screenshot(page, 'driver-job')
    await page.waitForTimeout(3000)
    // ...and comes back: everything is sent, in order, once.
    await context.setOffline(false)
    await page.getByTestId('connection-state').getByText('Connected').waitFor()
    await drive(context, page, 21, 26)
    await page.getByTestId('job-status').getByText('In transit').waitFor()
    await waitingBadge.waitFor({ state: 'detached' })
    await page
      .getByTestId('queue-size')
      .filter({ hasText: /^\s*0\s*$/ })
      .waitFor({ timeout: 20_000 })
    await order.refresh()
    assert.equal(order.status, 'in_transit')

    await assertEachPointOnce(assert, driver.id, 1, 26)

    // Delivered, with the photo, the receiver's signature, name and phone.
    await page.getByTestId('status-buttons').getByRole('button', { name: 'Delivered' }).click()
    await page.getByTestId('job-status').getByText('Delivered').waitFor()
    await attachPhoto(page)
    await sign(page)
    await page.getByLabel("Receiver's name").fill('Wanjiku Kamau')
    await page.getByLabel("Receiver's phone").fill('0712')
    await page.getByRole('button', { name: 'Send proof of delivery' }).click()
    await page.getByText('Enter a phone number').waitFor()
    await page.getByLabel("Receiver's phone").fill('+254 712 345 678')
    await page.getByRole('button', { name: 'Send proof of delivery' }).click()
    await page.getByTestId('pod-done').getByText('Wanjiku Kamau').waitFor()
    const proof = await db.from('proofs_of_delivery').where('order_id', order.id).first()
    assert.equal(proof.receiver_name, 'Wanjiku Kamau')
    assert.equal(proof.receiver_phone, '+254712345678')

    await screenshot(page, 'driver-job-delivered')
  }).timeout(180_000)

  test('points and a proof of delivery made offline survive closing the app, and are sent when it opens again', async ({
    assert,
    cleanup,
  }) => {
    const carrier = await makeOrganisation('carrier')
    const { driver } = await makeEligibleVehicle(carrier)
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    const order = await assignedOrder(shipper, driver, carrier, 'in_transit')

    const context = await newVisitor(browser())
    cleanup(() => closeApp(context))
    await context.grantPermissions(['geolocation'], { origin: appUrl('') })
    await context.setGeolocation(routePoint(40))
    await restoreSession(context, driver)
    const first = await context.newPage()
    await first.goto(appUrl(`/driver/jobs/${order.id}`))
    await first.getByTestId('connection-state').getByText('Connected').waitFor()
    await first.getByText('Proof of delivery', { exact: true }).waitFor()

    // No network: the points and the proof wait on the phone...
    await context.setOffline(true)
    await first.getByTestId('connection-state').getByText('Offline').waitFor()
    await drive(context, first, 41, 49)
    await attachPhoto(first)
    await sign(first)
    await first.getByLabel("Receiver's name").fill('Awa Ndiaye')
    await first.getByLabel("Receiver's phone").fill('+254 722 000 111')
    await first.getByRole('button', { name: 'Send proof of delivery' }).click()
    await first.getByTestId('pod-queued').waitFor()
    assert.isAtLeast(Number(await first.getByTestId('queue-size').textContent()), 5)
    // ...and the app is closed before the network comes back.
    await first.close()
    assert.isNull(await db.from('proofs_of_delivery').where('order_id', order.id).first())

    await context.setOffline(false)
    // The reopened app records where the phone is now: a new point, not a resend.
    await context.setGeolocation(routePoint(49))
    const again = await context.newPage()
    await again.goto(appUrl(`/driver/jobs/${order.id}`))
    await again.getByTestId('pod-done').getByText('Awa Ndiaye').waitFor()
    await again
      .getByTestId('queue-size')
      .filter({ hasText: /^\s*0\s*$/ })
      .waitFor({ timeout: 20_000 })

    await assertEachPointOnce(assert, driver.id, 41, 49)
    await order.refresh()
    assert.equal(order.status, 'delivered')
    const proof = await db.from('proofs_of_delivery').where('order_id', order.id).first()
    assert.equal(proof.receiver_phone, '+254722000111')
  }).timeout(120_000)
})
