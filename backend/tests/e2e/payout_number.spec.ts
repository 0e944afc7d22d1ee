import { test } from '@japa/runner'
import SmsMessage from '#sms/models/sms_message'
import { isolateDatabase } from '#tests/helpers'
import { makeWorld, ownedByItsDispatcher } from '#tests/fixtures/marketplace'
import { recordedJobsForEachTest } from '#tests/money_fixtures'
import { appUrl, chromiumWithRealtime, screenshot } from './browser.js'
import { signedInPage } from './shipper_steps.js'

const NEW_NUMBER = '+254733111222'

/** The newest text to `phone`. */
async function lastTextTo(phone: string) {
  const message = await SmsMessage.query().where('to', phone).orderBy('id', 'desc').firstOrFail()
  return message.body
}

test.group('e2e: a carrier’s owner changes the payout number on the Earnings page', (group) => {
  isolateDatabase(group)
  const browser = chromiumWithRealtime(group)
  const jobs = recordedJobsForEachTest(group)

  test('she names a new number, types the code it received, and her old phone is warned', async ({
    assert,
  }) => {
    const world = await makeWorld()
    const owner = await ownedByItsDispatcher(world.carrier)

    const page = await signedInPage(browser(), owner)
    await page.goto(appUrl('/earnings'))
    const card = page.getByTestId('payout-number')
    await card.getByText('until you name a payout number').waitFor()

    await card.getByLabel('New payout number').fill('0733 111 222')
    await card.getByRole('button', { name: 'Send a code to this number' }).click()
    await card.getByText('Code texted to +254 •••• 1222').waitFor()
    const code = /\b(\d{6})\b/.exec(await lastTextTo(NEW_NUMBER))![1]
    await card.getByLabel('Code texted to +254 •••• 1222').fill(code)
    await card.getByRole('button', { name: 'Confirm the number' }).click()

    await card.getByText('Payouts go to +254 •••• 1222.').waitFor()
    await card.getByRole('status').getByText('payouts wait until').waitFor()
    await screenshot(page, 'earnings-payout-number-changed')

    // The phone payouts went to until now hears of the change, with the new number masked.
    await jobs.queue.drain()
    const warning = await lastTextTo(owner.phone)
    assert.include(warning, 'now go to +254 •••• 1222')
    assert.notInclude(warning, NEW_NUMBER)
  })
})
