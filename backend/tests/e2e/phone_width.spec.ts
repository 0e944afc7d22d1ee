/// <reference lib="dom" />
import { test } from '@japa/runner'
import type { Browser, Page } from 'playwright-core'
import type User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { makeCooperative } from '#tests/collections_fixtures'
import { makeAssignedOrder, makeOrder, makeWorld } from '#tests/fixtures/marketplace'
import { PHONE, appUrl, launchChromium, newVisitor } from './browser.js'
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

test.group('e2e: every page fits a 360 px phone', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('no page scrolls sideways at 360 × 800, for any role', async ({ assert }) => {
    const world = await makeWorld()
    const { shipper, carrier, admin } = world
    const draft = await makeOrder(shipper)
    const posted = await makeOrder(shipper, { status: 'posted' })
    const assigned = await makeAssignedOrder(shipper, carrier)
    const coop = await makeCooperative()

    const visits: [User | null, string[]][] = [
      [null, ['/sign-in']],
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
    ]

    const failures: string[] = []
    for (const [user, paths] of visits) {
      const context = await newVisitor(browser, { viewport: PHONE })
      if (user) await restoreSession(context, user)
      const page = await context.newPage()
      for (const path of paths) {
        await page.goto(appUrl(path))
        await page.locator('main h1').first().waitFor()
        await page.waitForTimeout(300) // late answers (lists, maps) take their width
        const culprits = await overflow(page)
        // The header is one compact bar and a strip of links, not a quarter of the screen.
        const header = await page.locator('header.shell-header').boundingBox()
        if (header && header.height > PHONE.height / 8)
          failures.push(
            `${user?.role ?? 'visitor'} ${path}: the header is ${header.height} px tall`
          )
        if (culprits.length)
          failures.push(`${user?.role ?? 'visitor'} ${path}: ${culprits.join(', ')}`)
      }
      await context.close()
    }
    assert.deepEqual(failures, [])
  }).timeout(180_000)
})
