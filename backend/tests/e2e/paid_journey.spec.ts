import { test } from '@japa/runner'
import LedgerVerifier from '#money/services/ledger_verifier'
import { simulatorsIdle } from '#money/providers/simulated_callbacks'
import { isolateDatabase } from '#tests/helpers'
import { PNG } from '#tests/fleet_fixtures'
import { makeAssignedOrder, makeWorld, ownedByItsDispatcher } from '#tests/fixtures/marketplace'
import { recordedJobsForEachTest } from '#tests/money_fixtures'
import { appUrl, chromiumWithRealtime, screenshot } from './browser.js'
import { signedInPage } from './shipper_steps.js'

/** A user-visible state may take long on a loaded machine. */
const PATIENCE = { timeout: 30_000 }
/** Shillings as English shows them: Intl puts a no-break space after the code. */
const kes = (amount: string) => `KES\u00a0${amount}`

test.group('e2e: the money path, from the shipper’s phone to the carrier’s payout', (group) => {
  isolateDatabase(group)
  const browser = chromiumWithRealtime(group)
  // The payment providers stay as `make dev` configures them: the M-Pesa simulators
  // (STK push and B2C), calling back our own routes after SIMULATOR_ANSWER_AFTER_MS.
  const jobs = recordedJobsForEachTest(group)

  /** Runs the queued jobs once every simulated callback (and its duplicate) has been answered. */
  async function afterTheSimulatorsAnswer() {
    await simulatorsIdle()
    await jobs.queue.drain()
  }

  test('a Nairobi shipper pays by M-Pesa, the driver delivers, she confirms, and the carrier’s owner sees the payout paid', async ({
    assert,
    client,
  }) => {
    const world = await makeWorld()
    const owner = await ownedByItsDispatcher(world.carrier)
    // The payout number is the owner's phone; no simulator test suffix (…0001, …2040, …9999).
    owner.phone = `+254733${String(Date.now() % 10_000).padStart(4, '0')}66`
    await owner.save()
    const order = await makeAssignedOrder(world.shipper, world.carrier, { priceAmount: 4_500_000 })

    // --- The shipper opens her order's Pay step and picks M-Pesa among Kenya's providers.
    const shipperPage = await signedInPage(browser(), world.shipper)
    await shipperPage.goto(appUrl(`/orders/${order.id}`))
    const card = shipperPage.getByTestId('payment-card')
    await card.getByRole('radio', { name: 'Airtel Money' }).waitFor(PATIENCE)
    await card.getByRole('radio', { name: 'M-Pesa' }).check()
    await shipperPage.locator('#payment-phone').fill('0712 345 678')
    assert.include(
      await shipperPage.getByTestId('pay').textContent(),
      `Pay ${kes('45,000')} by M-Pesa`
    )
    await shipperPage.getByTestId('pay').click()

    // --- The prompt waits on her phone (the simulated payer approves: the number has no test suffix).
    const status = card.getByTestId('payment-status')
    await card.locator('[data-testid=payment-status][data-status=pending]').waitFor(PATIENCE)
    assert.include(await status.textContent(), 'Waiting for the phone: approve the M-Pesa prompt')
    assert.include(await shipperPage.getByTestId('payment-phone').textContent(), '+254 •••• 5678')
    await screenshot(shipperPage, 'payment-mpesa-waiting')

    // --- The simulator's callback is confirmed by the STK query; the page turns paid by itself.
    await afterTheSimulatorsAnswer()
    await card.locator('[data-testid=payment-status][data-status=received]').waitFor(PATIENCE)
    assert.include(
      await status.textContent(),
      `Paid ${kes('45,000')}, held until delivery is confirmed`
    )
    assert.match((await shipperPage.getByTestId('payment-receipt').textContent()) ?? '', /SIM/)
    assert.equal(await shipperPage.getByTestId('pay').count(), 0)
    await screenshot(shipperPage, 'payment-mpesa-paid')

    // --- The driver moves the load and proves the delivery (his screens have their own e2e).
    for (const next of ['pickup_pending', 'picked_up', 'in_transit']) {
      const moved = await client
        .post(`/api/v1/orders/${order.id}/status`)
        .json({ status: next })
        .loginAs(world.carrier.driver)
      moved.assertStatus(200)
    }
    const proof = await client
      .post(`/api/v1/orders/${order.id}/proof-of-delivery`)
      .fields({ receiverName: 'Wanjiku Kamau', receiverPhone: '+254 712 345 679' })
      .file('photo', PNG, { filename: 'goods.png' })
      .file('signature', PNG, { filename: 'signature.png' })
      .loginAs(world.carrier.driver)
    proof.assertStatus(201)

    // --- The shipper sees it delivered, live, and confirms: the carrier is paid.
    await shipperPage.getByTestId('order-status').getByText('Delivered').waitFor(PATIENCE)
    await shipperPage.getByTestId('confirm-delivery').click()
    await shipperPage.getByTestId('confirm-delivery-yes').click()
    await shipperPage.getByTestId('order-status').getByText('Completed').waitFor(PATIENCE)

    // --- The owner's Earnings: the order's line, its payout waiting to be sent.
    const ownerPage = await signedInPage(browser(), owner)
    await ownerPage.goto(appUrl('/earnings'))
    const line = ownerPage.getByTestId('lines').getByRole('row').nth(1)
    await line.getByText('Waiting to be sent').waitFor(PATIENCE)
    const cells = await line.getByRole('cell').allTextContents()
    assert.deepEqual(
      cells.slice(3, 6).map((text) => text.trim()),
      [kes('45,000'), kes('4,500'), kes('40,500')]
    )

    // --- The payout job sends it by M-Pesa B2C; the simulator's result settles it.
    await jobs.queue.drain()
    await afterTheSimulatorsAnswer()
    await ownerPage.reload()
    const paid = line.locator('[data-status=sent]')
    await paid.getByText('Paid').waitFor(PATIENCE)
    assert.match((await paid.textContent()) ?? '', /SIM[0-9A-F]{8}/)
    await screenshot(ownerPage, 'earnings-payout-paid')

    // --- Every shilling is accounted for: `node ace ledger:verify` finds nothing wrong.
    assert.deepEqual(await new LedgerVerifier().verify(), [])
    await shipperPage.context().close()
    await ownerPage.context().close()
  }).timeout(180_000)
})
