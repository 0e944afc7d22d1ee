/// <reference lib="dom" />
import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import { isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'
import { accessibilityProblems } from './accessibility.js'
import { PHONE, appUrl, launchChromium, newVisitor } from './browser.js'
import { restoreSession } from './driver_steps.js'
import { everyPage, phoneMisfits, walkTour } from './page_tour.js'

test.group('e2e: every page fits a 360 px phone and passes axe', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('no page scrolls sideways at 360 × 800 or has a serious accessibility fault, for any role', async ({
    assert,
  }) => {
    const failures = await walkTour(
      browser,
      await everyPage(),
      async (page) => {
        const misfits = await phoneMisfits(page)
        return [...misfits, ...(await accessibilityProblems(page))]
      },
      // A cheap phone's screen, drawn at a high pixel density as most are.
      { deviceScaleFactor: 3 }
    )
    assert.deepEqual(failures, [])
  }).timeout(900_000)

  test("the driver's home puts the load board before finished jobs; a tapped button keeps its label", async ({
    assert,
  }) => {
    const { shipper, carrier } = await makeWorld()
    const current = await makeAssignedOrder(shipper, carrier)
    const done = await makeAssignedOrder(shipper, carrier, { status: 'completed' })
    const context = await newVisitor(browser, { viewport: PHONE, hasTouch: true, isMobile: true })
    await restoreSession(context, carrier.driver)
    const page = await context.newPage()
    await page.goto(appUrl('/driver'))
    const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y
    await page.getByTestId(`job-${done.id}`).waitFor()
    const [currentY, boardY, finishedY] = [
      await top(`[data-testid=my-jobs] [data-testid=job-${current.id}]`),
      await top('#board-title'),
      await top(`[data-testid=finished-jobs] [data-testid=job-${done.id}]`),
    ]
    assert.isBelow(currentY, boardY)
    assert.isBelow(boardY, finishedY)

    // On a touch screen the finger's :hover stays on the button it tapped.
    assert.isTrue(await page.evaluate(() => matchMedia('(hover: none)').matches))
    await page.getByRole('button', { name: 'Go on duty' }).tap()
    const offDuty = page.getByRole('button', { name: 'Go off duty' })
    await offDuty.waitFor()
    await page.waitForTimeout(300) // any transition ends
    const [text, background] = await offDuty.evaluate((button) => {
      const style = getComputedStyle(button)
      return [style.color, style.backgroundColor]
    })
    assert.notEqual(text, background, 'the label is drawn in its own background colour')
    await context.close()
  }).timeout(60_000)
})
