import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import PaymentGateways from '#money/services/payment_gateways'
import Payment from '#money/models/payment'
import PaymentCallback from '#money/models/payment_callback'
import SimulatedWaveProvider from '#money/providers/simulated_wave_provider'
import SimulatedOrangeMoneyProvider from '#money/providers/simulated_orange_money_provider'
import moneyConfig from '#config/money'
import { isolateDatabase } from '#tests/helpers'
import { DAKAR_TO_THIES, makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { recordedJobsForEachTest } from '#tests/money_fixtures'
import { appUrl, chromiumWithRealtime, screenshot } from './browser.js'
import { signedInPage } from './shipper_steps.js'
import SimulatedPhone from '#money/providers/simulated_phone'

test.group('e2e: a Dakar shipper pays by Wave', (group) => {
  isolateDatabase(group)
  const browser = chromiumWithRealtime(group)
  const jobs = recordedJobsForEachTest(group, () => {
    const simulated = { answerAfterMs: 500, duplicateRate: 1 }
    const phone = new SimulatedPhone()
    return new PaymentGateways({
      wave: new SimulatedWaveProvider(
        { ...simulated, webhookSecret: moneyConfig.wave.webhookSecret },
        phone
      ),
      orange_money: new SimulatedOrangeMoneyProvider(simulated, phone),
    })
  })

  test('she picks Wave among the providers of francs, waits on the Wave page, and sees the receipt once the signed webhook is applied', async ({
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, DAKAR_TO_THIES)
    const page = await signedInPage(browser(), world.shipper)
    await page.goto(appUrl(`/orders/${order.id}`))

    const card = page.getByTestId('payment-card')
    await card.getByRole('radio', { name: 'Orange Money' }).waitFor()
    await card.getByRole('radio', { name: 'Wave' }).check()
    await page.locator('#payment-phone').fill('77 123 45 67')
    await page.getByTestId('pay').click()
    await page.getByTestId('payment-open').waitFor()
    assert.equal(await page.getByTestId('payment-status').getAttribute('data-status'), 'pending')
    assert.include(await page.getByTestId('payment-phone').textContent(), '+221 •••• 4567')
    await screenshot(page, 'payment-wave-waiting')

    // The simulated Wave sends its signed webhook (twice); the confirm job applies it once.
    const deadline = Date.now() + 15_000
    while (jobs.queue.sent.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    await jobs.queue.drain()

    await page.locator('[data-testid=payment-status][data-status=received]').waitFor()
    assert.match((await page.getByTestId('payment-receipt').textContent()) ?? '', /TSIM/)
    assert.equal(await page.getByTestId('pay').count(), 0)
    await screenshot(page, 'payment-wave-paid')
  })
})

test.group('e2e: a Dakar shipper pays on the simulated Orange Money page of make dev', (group) => {
  isolateDatabase(group)
  const browser = chromiumWithRealtime(group)
  // The page answers the prompts of the app's one SimulatedPhone.
  let phone: SimulatedPhone
  group.setup(async () => {
    phone = await app.container.make(SimulatedPhone)
  })
  // Nobody answers for her: only her click on the page does.
  const jobs = recordedJobsForEachTest(group, () => {
    const simulated = { answerAfterMs: 60_000, duplicateRate: 1 }
    return new PaymentGateways({
      wave: new SimulatedWaveProvider(
        { ...simulated, webhookSecret: moneyConfig.wave.webhookSecret },
        phone
      ),
      orange_money: new SimulatedOrangeMoneyProvider(simulated, phone),
    })
  })

  test('she opens the payment page from the Pay step, pays there and is back on her order, paid once', async ({
    assert,
  }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier, {
      currency: 'XOF',
      priceAmount: 45_000,
      pickup: { lat: 14.7167, lng: -17.4677 },
      pickupAddress: 'Port autonome, Dakar',
      dropoff: { lat: 14.791, lng: -16.9359 },
      dropoffAddress: 'Thiès',
      cargoKind: 'arachides',
    })
    const page = await signedInPage(browser(), world.shipper)
    await page.goto(appUrl(`/orders/${order.id}`))

    const card = page.getByTestId('payment-card')
    await card.getByRole('radio', { name: 'Orange Money' }).check()
    await page.locator('#payment-phone').fill('77 123 45 67')
    await page.getByTestId('pay').click()
    await page.getByTestId('payment-open').click()

    await page.getByTestId('amount').waitFor()
    assert.include(await page.getByTestId('merchant').textContent(), 'Njia')
    await screenshot(page, 'payment-orange-simulated-page')
    await page.getByTestId('pay').click()

    await page.waitForURL(appUrl(`/orders/${order.id}`))
    const deadline = Date.now() + 15_000
    while (jobs.queue.sent.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000)) // the duplicate
    await jobs.queue.drain()
    await page.locator('[data-testid=payment-status][data-status=received]').waitFor()
    assert.match((await page.getByTestId('payment-receipt').textContent()) ?? '', /MPSIM/)
    assert.equal(await page.getByTestId('pay').count(), 0)
    // Orange notified twice; the payment was applied once.
    const payment = await Payment.findByOrFail('orderId', order.id)
    assert.lengthOf(await PaymentCallback.query().where('payment_id', payment.id), 1)
  })
})
