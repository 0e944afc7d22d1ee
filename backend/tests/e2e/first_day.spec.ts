import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import Order from '#orders/models/order'
import Bid from '#orders/models/bid'
import Vehicle from '#fleet/models/vehicle'
import VehicleType from '#fleet/models/vehicle_type'
import User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import {
  PHONE,
  appUrl,
  latestSignInCode,
  launchChromium,
  newVisitor,
  screenshot,
} from './browser.js'
import { placeStops } from './shipper_steps.js'
import { accessibilityAudit } from './accessibility.js'
import { restoreSession } from './driver_steps.js'
import {
  makeDocument,
  makeEligibleVehicle,
  makeOrganisation,
  makeUser,
  PNG,
} from '#tests/fleet_fixtures'
import { makeOrder } from '#tests/fixtures/marketplace'
import { DateTime } from 'luxon'

/** A person's first minutes, on a phone, in their country and language (issue 10). */
test.group('e2e: a first day', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('a shipper in Dakar signs up with a local number; phones and money are Senegalese', async ({
    assert,
  }) => {
    const context = await newVisitor(browser, {
      locale: 'fr-SN',
      timezoneId: 'Africa/Dakar',
      viewport: PHONE,
    })
    const page = await context.newPage()
    const a11y = accessibilityAudit()
    await page.goto(appUrl('/'))
    await page.getByRole('heading', { name: 'Se connecter à Njia' }).waitFor()
    // The browser's clock says Dakar: the number is read as Senegalese.
    assert.equal(await page.getByLabel('Pays').inputValue(), 'SN')
    await a11y.check(page, 'sign-in')

    await page.getByLabel('Numéro de téléphone').fill('77 123 45 01')
    await page.getByRole('button', { name: 'Recevoir un code' }).click()
    await page.getByText('Un code a été envoyé au +221771234501').waitFor()
    await a11y.check(page, 'the code step')
    await screenshot(page, 'first-day-sign-in-senegal')

    await page.getByLabel('Code reçu par SMS').fill(await latestSignInCode('+221771234501'))
    await page.getByLabel('Votre nom').fill('Awa Diallo')
    await page.locator('input[value=shipper]').check()
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click()
    await page.waitForURL(appUrl('/'))
    await page.locator('main h1').waitFor()
    await a11y.check(page, 'home')
    const shipper = await User.findByOrFail('phone', '+221771234501')

    // A first load: the money is the franc CFA, a contact phone typed locally is Senegalese.
    await page.goto(appUrl('/orders/new'))
    await page.locator('#currency option[value=XOF]').waitFor({ state: 'attached' })
    assert.equal(await page.locator('#currency').inputValue(), 'XOF')
    await placeStops(page, { x: 120, y: 120 }, { x: 240, y: 200 })
    await page.locator('#pickup-address').fill('Port de Dakar')
    await page.locator('#pickup-contact-phone').fill('77 123 45 02')
    await page.locator('#dropoff-address').fill('Touba')
    await page.locator('#cargo-kind').fill('arachides')
    await page.locator('#cargo-weight').fill('8000')
    await a11y.check(page, 'the new load, filled in')
    await page.getByTestId('save-draft').click()
    await page.waitForURL(/\/orders\/\d+\/edit$/)
    await page.getByRole('heading', { name: 'Modifier votre brouillon' }).waitFor()
    await a11y.check(page, 'the saved draft')
    await screenshot(page, 'first-day-shipper-draft')
    const draft = await Order.query().where('shipper_id', shipper.id).firstOrFail()
    assert.equal(draft.pickupContactPhone, '+221771234502')
    assert.equal(draft.currency, 'XOF')
    assert.deepEqual(a11y.problems, [])
  })

  test('a driver in Kenya picks Swahili before signing up: the code, the account and the header speak it', async ({
    assert,
  }) => {
    const context = await newVisitor(browser, {
      locale: 'en-KE',
      timezoneId: 'Africa/Nairobi',
      viewport: PHONE,
    })
    const page = await context.newPage()
    const a11y = accessibilityAudit()
    await page.goto(appUrl('/sign-in'))
    await page.getByRole('heading', { name: 'Sign in to Njia' }).waitFor()
    await page.locator('#njia-language').selectOption('sw')
    await page.getByRole('heading', { name: 'Ingia kwenye Njia' }).waitFor()
    await a11y.check(page, 'sign-in in Swahili')

    await page.getByLabel('Namba ya simu').fill('0712 000 401')
    await page.getByRole('button', { name: 'Nitumie msimbo' }).click()
    await page.getByText('Tumetuma msimbo kwa +254712000401').waitFor()
    await a11y.check(page, 'the code step')
    const sms = await fetch(appUrl('/api/v1/dev/outbox?to=%2B254712000401'))
    const { data } = (await sms.json()) as { data: { body: string }[] }
    assert.include(data[0].body, 'nambari yako ya kuingia')

    await page.getByLabel('Msimbo kutoka kwenye SMS').fill(await latestSignInCode('+254712000401'))
    await page.getByLabel('Jina lako').fill('Kamau Njoroge')
    await page.locator('input[value=driver]').check()
    await page.getByRole('button', { name: 'Ingia', exact: true }).click()
    await page.waitForURL(appUrl('/'))
    const driver = await User.findByOrFail('phone', '+254712000401')
    assert.equal(driver.locale, 'sw')

    // The header names the language in use, on every page.
    await page.reload()
    assert.equal(await page.locator('#njia-language').inputValue(), 'sw')
    await page.locator('main h1').waitFor()
    await a11y.check(page, 'home')
    await screenshot(page, 'first-day-driver-swahili')
    assert.deepEqual(a11y.problems, [])
  })

  test('a shipper in Dakar accepts a bid in French: who is coming, a call, and a question before completing', async ({
    assert,
    client,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'SN'), 'Awa Diallo')
    const carrier = await makeOrganisation('carrier', 'SN')
    await carrier.merge({ name: 'Transports Thiès Express' }).save()
    const { vehicle, driver } = await makeEligibleVehicle(carrier)
    await driver.merge({ name: 'Modou Faye' }).save()
    const order = await makeOrder(shipper, {
      status: 'bidding',
      currency: 'XOF',
      priceAmount: null,
      paymentMethod: 'cash',
      pickup: { lat: 14.6736, lng: -17.4316 },
      pickupAddress: 'Port de Dakar',
      dropoff: { lat: 14.8667, lng: -15.8833 },
      dropoffAddress: 'Touba',
      cargoKind: 'arachides',
      cargoWeightKg: 8000,
    })
    const bid = await client
      .post(`/api/v1/orders/${order.id}/bids`)
      .json({
        amount: 400_000,
        currency: 'XOF',
        vehicleId: vehicle.id,
        estimatedPickupAt: DateTime.now().plus({ hours: 2 }).toISO(),
      })
      .loginAs(driver)
    bid.assertStatus(201)

    const context = await newVisitor(browser, {
      locale: 'fr-SN',
      timezoneId: 'Africa/Dakar',
      viewport: PHONE,
    })
    await restoreSession(context, shipper)
    const page = await context.newPage()
    const a11y = accessibilityAudit()
    await page.goto(appUrl(`/orders/${order.id}`))
    const card = page.getByTestId(`bid-${bid.body().id}`)
    await card.getByTestId('accept').waitFor()
    await a11y.check(page, 'the load with a bid')
    await card.getByTestId('accept').click()
    await a11y.check(page, 'accepting the bid')
    await card.getByTestId('confirm-accept').click()

    // Who is coming: the driver by name, the truck, the carrier; a tap calls the driver.
    const crew = page.getByTestId('crew')
    await crew.getByRole('heading', { name: 'Qui vient' }).waitFor()
    await crew.getByTestId('crew-driver').getByText('Modou Faye').waitFor()
    assert.include(await crew.getByTestId('crew-truck').textContent(), vehicle.plate)
    assert.include(await crew.getByTestId('crew-carrier').textContent(), 'Transports Thiès Express')
    const call = crew.getByRole('link', { name: 'Appeler Modou Faye' })
    assert.equal(await call.getAttribute('href'), `tel:${driver.phone}`)
    await a11y.check(page, 'who is coming')
    await screenshot(page, 'first-day-shipper-who-is-coming')

    // Delivered with a proof; confirming asks first, and "Pas encore" changes nothing.
    for (const status of ['pickup_pending', 'picked_up', 'in_transit']) {
      const moved = await client
        .post(`/api/v1/orders/${order.id}/status`)
        .json({ status })
        .loginAs(driver)
      moved.assertStatus(200)
    }
    const pod = await client
      .post(`/api/v1/orders/${order.id}/proof-of-delivery`)
      .fields({ receiverName: 'Cheikh Ba', receiverPhone: '77 123 45 09' })
      .file('photo', PNG, { filename: 'goods.png' })
      .file('signature', PNG, { filename: 'signature.png' })
      .loginAs(driver)
    pod.assertStatus(201)
    await page.reload()
    await page.getByRole('button', { name: 'Confirmer la livraison' }).click()
    const question = page.getByRole('alertdialog')
    await question.getByText('Confirmer clôt la commande et paie le transporteur').waitFor()
    await a11y.check(page, 'confirming the delivery')
    await question.getByRole('button', { name: 'Pas encore' }).click()
    await order.refresh()
    assert.equal(order.status, 'delivered')

    await page.getByRole('button', { name: 'Confirmer la livraison' }).click()
    await page.getByRole('button', { name: 'Oui, confirmer' }).click()
    await page.getByTestId('order-status').getByText('Terminée').waitFor()
    await a11y.check(page, 'completed')
    await order.refresh()
    assert.equal(order.status, 'completed')
    assert.deepEqual(a11y.problems, [])
    await context.close()
  })

  test('a new driver in Kenya, in Swahili: the board readable, a checklist to a first bid, a truck marked until verified', async ({
    assert,
    client,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper', 'KE'))
    const order = await makeOrder(shipper, {
      status: 'posted',
      postedAt: DateTime.now(),
      pickupAddress: 'Industrial Area, Nairobi',
    })
    const driver = await makeUser('driver', null, 'Kamau Njoroge')
    await driver.merge({ locale: 'sw' }).save()

    const context = await newVisitor(browser, {
      locale: 'sw-KE',
      timezoneId: 'Africa/Nairobi',
      viewport: PHONE,
    })
    await context.grantPermissions(['geolocation'], { origin: appUrl('') })
    await context.setGeolocation({ latitude: -1.3, longitude: 36.85, accuracy: 10 })
    await restoreSession(context, driver)
    const page = await context.newPage()
    const a11y = accessibilityAudit()
    await page.goto(appUrl('/driver'))

    // Where they are: the first step, linked; the loads are readable already, without a bid button.
    const steps = page.getByTestId('first-steps')
    await steps
      .getByRole('heading', { name: 'Hatua zako za kwanza kuelekea mzigo wa kwanza' })
      .waitFor()
    assert.equal(await steps.getByTestId('step-carrier').getAttribute('aria-current'), 'step')
    await steps.getByRole('link', { name: 'Fungua shirika langu' }).waitFor()
    await page.getByTestId(`load-${order.id}`).getByText('Industrial Area, Nairobi').waitFor()
    assert.equal(await page.getByTestId(`load-${order.id}`).getByRole('link').count(), 0)
    await a11y.check(page, 'the checklist and the board')
    await screenshot(page, 'first-day-driver-checklist')

    // An owner-driver sets up a carrier and a truck in one go, then sends three papers.
    await steps.getByLabel('Jina la kampuni yako').fill('Kamau Haulage')
    await steps.getByLabel('Namba ya usajili').fill('KDA 001A')
    const flatbed = await VehicleType.findByOrFail('code', 'flatbed_10t')
    await steps.getByLabel('Aina ya gari').selectOption(String(flatbed.id))
    await steps.getByRole('button', { name: 'Anzisha kampuni na lori langu' }).click()
    await steps.locator('[data-testid=step-papers][aria-current=step]').waitFor()
    await steps.getByTestId('step-carrier').getByText('Kamau Haulage').waitFor()
    await steps.getByTestId('step-truck').getByText('KDA001A').waitFor()
    const vehicle = await Vehicle.findByOrFail('plate', 'KDA001A')
    await driver.refresh()
    assert.equal(vehicle.organisationId, driver.organisationId)
    const papers = [
      await makeDocument('registration_card', { vehicle }, { status: 'pending' }),
      await makeDocument('insurance', { vehicle }, { status: 'pending' }),
      await makeDocument('driving_licence', { driver }, { status: 'pending' }),
    ]
    await page.reload()
    const verification = steps.getByTestId('step-verification')
    assert.equal(await verification.getAttribute('aria-current'), 'step')
    await verification.getByText('ndani ya saa 24').waitFor()
    const logbook = await steps.getByTestId('paper-registration_card').textContent()
    assert.include(logbook, 'Logbook')
    assert.include(logbook, 'inasubiri kuthibitishwa')
    await a11y.check(page, 'waiting for verification')

    // The bid form marks the truck that cannot bid yet, with the reason.
    await page.goto(appUrl(`/driver/orders/${order.id}/bid`))
    const option = page.getByTestId(`vehicle-option-${vehicle.id}`)
    await option.waitFor({ state: 'attached' })
    assert.isTrue(await option.isDisabled())
    assert.include(await option.textContent(), 'haliwezi kutoa zabuni')
    await a11y.check(page, 'the bid form, truck not verified')

    // An administrator verifies the papers: the checklist is done, the bid button is there.
    const admin = await makeUser('admin', null)
    for (const paper of papers) {
      const verified = await client
        .post(`/api/v1/documents/${paper.id}/verify`)
        .json({})
        .loginAs(admin)
      verified.assertStatus(200)
    }
    await page.goto(appUrl('/driver'))
    await page.getByTestId(`load-${order.id}`).getByRole('link').waitFor()
    assert.equal(await page.getByTestId('first-steps').count(), 0)

    // A bid: confirmed, listed in "My bids", changed, then withdrawn from there.
    await page.getByTestId(`load-${order.id}`).getByRole('link', { name: 'Toa zabuni' }).click()
    await page.locator('#amount').fill('24000')
    await page.locator('form button[type=submit]').click()
    await page
      .getByTestId('bid-confirmed')
      .getByText(
        `Zabuni yako kwa “${order.cargoKind} · Industrial Area, Nairobi → ${order.dropoffAddress}” imetumwa`
      )
      .waitFor()
    const mine = page.getByTestId('my-bids')
    await mine.getByRole('heading', { name: 'Zabuni zangu (1)' }).waitFor()
    await a11y.check(page, 'the bid confirmed')
    await mine.getByRole('link', { name: 'Badilisha' }).click()
    await page.getByRole('heading', { name: 'Badilisha zabuni yangu' }).waitFor()
    await a11y.check(page, 'changing the bid')
    assert.equal(await page.locator('#amount').inputValue(), '24000')
    await page.locator('#amount').fill('23000')
    await page.getByRole('button', { name: 'Hifadhi zabuni yangu' }).click()
    await mine.getByText('23,000').first().waitFor() // the bid, then its split
    const bid = await Bid.findByOrFail('orderId', order.id)
    assert.equal(bid.amount, 2_300_000)
    await screenshot(page, 'first-day-driver-my-bids')
    await mine.getByRole('button', { name: 'Ondoa' }).click()
    await a11y.check(page, 'withdrawing the bid')
    await mine.getByRole('button', { name: 'Ndiyo, ondoa' }).click()
    await mine.waitFor({ state: 'detached' })
    await bid.refresh()
    assert.equal(bid.status, 'withdrawn')
    assert.deepEqual(a11y.problems, [])
    await context.close()
  })
})
