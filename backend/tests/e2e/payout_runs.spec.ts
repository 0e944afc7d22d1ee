import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type { Browser } from 'playwright-core'
import collectionsConfig from '#config/collections'
import MilkPrice from '#collections/models/milk_price'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import Payout from '#money/models/payout'
import { useFakeB2c } from '#tests/money_fixtures'
import { acceptedMilk, makeCooperative, makeFarmer } from '#tests/collections_fixtures'
import { PHONE, appUrl, launchChromium, screenshot, signedInContext } from './browser.js'

test.group('e2e: farmer payouts (/cooperative/payouts)', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('the manager prepares last month, reviews each farmer’s pay and approves it after confirming', async ({
    assert,
    cleanup,
  }) => {
    const b2c = await useFakeB2c()
    cleanup(() => b2c.restore())
    const coop = await makeCooperative('Kiambu Dairy')
    const farmer = await makeFarmer(coop, { name: 'Wanjiku Kamau', memberNumber: 'K0301' })
    const at = DateTime.now()
      .setZone(collectionsConfig.timeZone)
      .startOf('month')
      .minus({ days: 3 })
    await acceptedMilk(coop, farmer, at, { quantityLitres: 100, cans: 2, reference: 'MPAYE2E1' })
    await MilkPrice.create({
      cooperativeId: coop.organisation.id,
      period: at.toFormat('yyyy-MM'),
      grade: 'A',
      pricePerLitre: 5200,
    })
    const token = await tokenFor(coop.manager)
    const context = await signedInContext(browser, token)
    const page = await context.newPage()
    await page.setViewportSize(PHONE)
    await page.goto(appUrl('/cooperative/payouts'))
    await page.getByRole('heading', { name: 'Farmer payouts' }).waitFor()
    assert.equal(await page.getByTestId('period').inputValue(), at.toFormat('yyyy-MM'))
    await page.getByTestId('prepare').click()
    await page.getByTestId('run-lines').getByText('Wanjiku Kamau').waitFor()
    const row = page.getByTestId('run-lines').locator('tbody tr').first()
    assert.include(await row.textContent(), 'K0301')
    assert.include(await row.textContent(), '5,200')
    await page.getByTestId('one-manager').waitFor()
    // On a phone each farmer's line reads whole: nothing scrolls sideways inside the table, and the page keeps its margins.
    const lines = page.getByTestId('run-lines')
    assert.isTrue(
      await lines.evaluate((table) => table.scrollWidth <= table.clientWidth),
      'the lines table scrolls sideways inside its box'
    )
    const title = await page.getByRole('heading', { level: 1 }).boundingBox()
    assert.isAtLeast(title!.x, 12, 'the page has no side padding')
    await screenshot(page, 'payout-run-review')

    await page.getByTestId('approve').click()
    await page.getByText('Pay KES 5,200 to 1 farmers now?').waitFor()
    await page.getByTestId('confirm-approve').click()
    await page.getByTestId('run-status').getByText('Approved').waitFor()
    await page.getByText('Approved by Mary Manager').waitFor()
    await screenshot(page, 'payout-run-approved')
    const payouts = await Payout.query().where({
      kind: 'farmer',
      organisation_id: coop.organisation.id,
    })
    assert.deepEqual(
      payouts.map((p) => [p.amount, p.phone]),
      [[520_000, farmer.payoutPhone]]
    )
    await context.close()
  })
})
