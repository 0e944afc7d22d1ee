/// <reference lib="dom" />
import { test } from '@japa/runner'
import type { Browser, Page } from 'playwright-core'
import type User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { makeCooperative } from '#tests/collections_fixtures'
import { makeAssignedOrder, makeOrder, makeWorld } from '#tests/fixtures/marketplace'
import { accessibilityProblems } from './accessibility.js'
import { PHONE, appUrl, launchChromium, newVisitor, uniquePhone } from './browser.js'
import { restoreSession } from './driver_steps.js'

/** What sticks out past the right edge of a 360 px screen, named for the failure message. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth <= width) return []
    const name = (element: Element) =>
      element.tagName.toLowerCase() +
      (element.id ? `#${element.id}` : '') +
      Array.from(element.classList)
        .map((c) => `.${c}`)
        .join('')
    // Inside a box that clips or scrolls (a map, a table), it does not move the page.
    const clipped = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible') return true
      }
      return false
    }
    const wide = Array.from(document.querySelectorAll('body *')).filter(
      (element) => element.getBoundingClientRect().right > width && !clipped(element)
    )
    // The innermost ones are the culprits; their ancestors only carry them.
    const culprits = wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .slice(0, 5)
      .map(
        (element) => `${name(element)} (${Math.round(element.getBoundingClientRect().right)} px)`
      )
    return culprits.length
      ? culprits
      : [`the page is ${document.documentElement.scrollWidth} px wide`]
  })
}

/** A page as someone finds it: its path, and what they did there first, if anything. */
type Visit = string | { path: string; state: string; act: (page: Page) => Promise<void> }

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
    const world = await makeWorld()
    const { shipper, carrier, admin } = world
    const draft = await makeOrder(shipper)
    const posted = await makeOrder(shipper, { status: 'posted' })
    const assigned = await makeAssignedOrder(shipper, carrier)
    const moving = await makeAssignedOrder(shipper, carrier, { status: 'in_transit' })
    await makeAssignedOrder(shipper, carrier, { status: 'completed' })
    const coop = await makeCooperative()

    const visits: [User | null, Visit[]][] = [
      [
        null,
        [
          '/sign-in',
          {
            path: '/sign-in',
            state: 'the code step',
            act: async (page) => {
              await page.getByLabel('Phone number').fill(uniquePhone())
              await page.getByRole('button', { name: 'Send me a code' }).click()
              await page.getByLabel('Code from the SMS').waitFor()
            },
          },
        ],
      ],
      [
        shipper,
        [
          '/',
          '/map',
          '/profile',
          '/organisation',
          '/notifications',
          '/orders',
          '/orders/new',
          `/orders/${draft.id}/edit`,
          `/orders/${assigned.id}`,
        ],
      ],
      [
        carrier.driver,
        [
          '/',
          '/driver',
          `/driver/orders/${posted.id}/bid`,
          `/driver/jobs/${assigned.id}`,
          // The proof form: the signature pad on a 3× screen must not widen the page.
          `/driver/jobs/${moving.id}`,
          '/fleet',
          '/earnings',
        ],
      ],
      [carrier.dispatcher, ['/', '/dispatch', '/fleet', '/organisation']],
      [
        admin,
        [
          '/',
          '/console/papers',
          '/console/accounts',
          '/console/disputes',
          '/console/money',
          '/console/audit',
        ],
      ],
      [coop.manager, ['/cooperative']],
      [coop.clerk, ['/collect']],
      [coop.driver, ['/collect/route', `/collect/route/${coop.route.id}`]],
    ]

    const failures: string[] = []
    for (const [user, steps] of visits) {
      // A cheap phone's screen, drawn at a high pixel density as most are.
      const context = await newVisitor(browser, { viewport: PHONE, deviceScaleFactor: 3 })
      if (user) await restoreSession(context, user)
      const page = await context.newPage()
      for (const step of steps) {
        const path = typeof step === 'string' ? step : step.path
        const where = `${user?.role ?? 'visitor'} ${path}${typeof step === 'string' ? '' : ` (${step.state})`}`
        await page.goto(appUrl(path))
        await page.locator('main h1').first().waitFor()
        if (typeof step !== 'string') await step.act(page)
        await page.waitForTimeout(300) // late answers (lists, maps) take their width
        const culprits = await overflow(page)
        // The header is one compact bar and a strip of links, not a quarter of the screen.
        const header = await page.locator('header.shell-header').boundingBox()
        if (header && header.height > PHONE.height / 8)
          failures.push(`${where}: the header is ${header.height} px tall`)
        if (culprits.length) failures.push(`${where}: ${culprits.join(', ')}`)
        for (const problem of await accessibilityProblems(page))
          failures.push(`${where}: ${problem}`)
      }
      await context.close()
    }
    assert.deepEqual(failures, [])
  }).timeout(300_000)

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
