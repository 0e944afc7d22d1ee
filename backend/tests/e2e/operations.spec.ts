import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import type { Browser } from 'playwright-core'
import QueueService from '#core/services/queue_service'
import type User from '#accounts/models/user'
import { tokenFor } from '#tests/accounts_helpers'
import { makeUser, platformOrganisation } from '#tests/fixtures/marketplace'
import { PHONE, appUrl, launchChromium, screenshot, signedInContext } from './browser.js'

/*
 * pg-boss works on its own connections: on the embedded database a test
 * transaction would hold the one PGlite session and starve it, so this group
 * commits what it makes and removes it after (as the functional
 * platform/operations spec does).
 */
test.group('e2e: the console’s operations page', (group) => {
  const queueName = `ops-e2e-${Date.now()}`
  let browser: Browser
  const made: User[] = []
  group.setup(async () => {
    browser = await launchChromium()
    return async () => {
      await browser.close()
      const queue = await app.container.make(QueueService)
      const boss = await queue.connect()
      await boss.deleteQueue(queueName)
      for (const user of made) await user.delete()
    }
  })

  test('an admin sends a failed job again from the page; a platform dispatcher reads it without the button', async ({
    assert,
  }) => {
    const queue = await app.container.make(QueueService)
    const boss = await queue.connect()
    await boss.createQueue(queueName, { retryLimit: 0 })
    const id = (await boss.send(queueName, { farmerId: 101 }))!
    await boss.fetch(queueName)
    await boss.fail(queueName, id, { message: 'Africa’s Talking answered 502: try again later' })

    const admin = await makeUser('admin', null, 'Amina Admin')
    const dispatcher = await makeUser('dispatcher', await platformOrganisation(), 'Brian Dispatch')
    made.push(admin, dispatcher)

    const context = await signedInContext(browser, await tokenFor(admin))
    const page = await context.newPage()
    await page.goto(appUrl('/console/operations'))
    const row = page.getByTestId('ops-failures').locator('tr', { hasText: queueName })
    await row.getByText('answered 502').waitFor()
    await page.getByTestId('ops-health').getByText('database').waitFor()
    await screenshot(page, 'console-operations')
    await row.getByRole('button', { name: 'Send again' }).click()
    await page.getByRole('status').getByText('Sent again.').waitFor()
    const job = await boss.getJobById(queueName, id)
    assert.equal(job?.state, 'retry')
    await context.close()

    // The platform's dispatcher sees the same page, read-only, on a phone.
    const desk = await signedInContext(browser, await tokenFor(dispatcher))
    const phone = await desk.newPage()
    await phone.setViewportSize(PHONE)
    await phone.goto(appUrl('/console/operations'))
    await phone.getByTestId('ops-today').waitFor()
    await phone.getByTestId('ops-queues').getByText(queueName).waitFor()
    assert.equal(await phone.getByRole('button', { name: 'Send again' }).count(), 0)
    await screenshot(phone, 'console-operations-dispatcher')
    await desk.close()
  })
})
