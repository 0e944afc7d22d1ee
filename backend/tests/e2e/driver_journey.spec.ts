import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import Order from '#models/order'
import Bid from '#models/bid'
import { isolateDatabase } from '#tests/helpers'
import { makeEligibleVehicle, makeOrganisation, makeUser, PNG } from '#tests/fleet_fixtures'
import { PICKUP, startRealtime, stopRealtime, tokenFor } from '#tests/tracking_fixtures'
import { appUrl, latestSignInCode, launchChromium, newVisitor, screenshot } from './browser.js'

/** Nairobi CBD towards Thika: one point every ~220 m. */
function routePoint(i: number) {
  return {
    latitude: Number((PICKUP.lat + i * 0.0015).toFixed(6)),
    longitude: Number((PICKUP.lng + i * 0.0015).toFixed(6)),
    accuracy: 10,
  }
}

async function signInAsDriver(page: Page, phone: string) {
  await page.goto(appUrl('/sign-in'))
  await page.getByLabel('Phone number').fill(phone)
  await page.getByRole('button', { name: 'Send me a code' }).click()
  await page.getByText(`We sent a code to ${phone}`).waitFor()
  await page.getByLabel('Code from the SMS').fill(await latestSignInCode(phone))
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL(appUrl('/'))
}

/** Moves the emulated phone along the route, one fix at a time. */
async function drive(context: BrowserContext, page: Page, from: number, to: number) {
  for (let i = from; i < to; i++) {
    await context.setGeolocation(routePoint(i))
    await page.waitForTimeout(250)
  }
}

async function pingsAt(driverId: number) {
  const result = await db.rawQuery(
    `SELECT round(ST_Y(position::geometry)::numeric, 6)::float AS lat,
            round(ST_X(position::geometry)::numeric, 6)::float AS lng
       FROM gps_pings WHERE driver_id = ?`,
    [driverId]
  )
  return result.rows as { lat: number; lng: number }[]
}

test.group('e2e: the driver app', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    await startRealtime()
    browser = await launchChromium()
    return async () => {
      await browser.close()
      await stopRealtime()
    }
  })

  test('a driver goes on duty, bids, streams GPS through an outage without losing a point, and delivers with proof', async ({
    assert,
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

    const context = await newVisitor(browser)
    await context.grantPermissions(['geolocation'], { origin: appUrl('') })
    await context.setGeolocation(routePoint(0))
    const page = await context.newPage()
    await signInAsDriver(page, driver.phone)

    // On duty: the server knows, and the phone starts recording.
    await page.getByTestId('entry-onDuty').getByRole('link').click()
    await page.waitForURL(appUrl('/driver'))
    await page.getByRole('button', { name: 'Go on duty' }).click()
    await page.getByText('On duty: your position is shared').waitFor()
    await page.getByTestId('connection-state').getByText('Connected').waitFor()
    const duty = await db.from('driver_positions').where('driver_id', driver.id).first()
    assert.isTrue(duty.on_duty)

    // The load board lists the posted order nearby; the bid form shows the server's refusal beside the field.
    await page.getByTestId(`load-${order.id}`).getByRole('link', { name: 'Bid' }).click()
    await page.getByLabel('Amount').fill('24000')
    await page.getByLabel('Currency').selectOption('XOF')
    await page.getByRole('button', { name: 'Place bid' }).click()
    await page.getByTestId('currency-error').getByText('KES').waitFor()
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

    const pings = await pingsAt(driver.id)
    for (let i = 1; i < 26; i++) {
      const { latitude, longitude } = routePoint(i)
      const matches = pings.filter((p) => p.lat === latitude && p.lng === longitude)
      assert.lengthOf(matches, 1, `route point ${i} stored ${matches.length} times`)
    }

    // Delivered, with the photo, the receiver's signature, name and phone.
    await page.getByTestId('status-buttons').getByRole('button', { name: 'Delivered' }).click()
    await page.getByTestId('job-status').getByText('Delivered').waitFor()
    await page.getByLabel('Photo of the delivered goods').setInputFiles({
      name: 'goods.png',
      mimeType: 'image/png',
      buffer: PNG,
    })
    await page.getByTestId('signature-pad').scrollIntoViewIfNeeded()
    const pad = await page.getByTestId('signature-pad').boundingBox()
    await page.mouse.move(pad!.x + 20, pad!.y + 100)
    await page.mouse.down()
    for (let x = 20; x < 260; x += 20) {
      await page.mouse.move(pad!.x + x, pad!.y + 100 - Math.sin(x / 30) * 40)
    }
    await page.mouse.up()
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
    await context.close()
  }).timeout(180_000)
})
