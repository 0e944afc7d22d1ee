/// <reference lib="dom" />
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import type User from '#accounts/models/user'
import { makeCooperative } from '#tests/collections_fixtures'
import { makeAssignedOrder, makeOrder, makeWorld } from '#tests/fixtures/marketplace'
import { PHONE, appUrl, newVisitor, uniquePhone } from './browser.js'
import { restoreSession } from './driver_steps.js'

/** A page as someone finds it: its path, and what they did there first, if anything. */
export type Visit = string | { path: string; state: string; act: (page: Page) => Promise<void> }

/** Who visits, and the pages they open in turn (null: someone not signed in). */
export type Tour = [User | null, Visit[]][]

/**
 * Opens `path` from home once online (so its code is on the phone, as the
 * service worker would keep it), goes back home, loses the network and
 * opens it again: the page can only show what it kept, or say it is offline.
 */
function offlineTo(path: string): Visit {
  return {
    path: '/',
    state: `offline, then ${path}`,
    act: async (page) => {
      const open = async (href: string) => {
        await page.locator(`header a[href="${href}"]`).first().click()
        await page.waitForURL(appUrl(href))
        await page.locator('main h1').first().waitFor()
      }
      await open(path)
      await open('/')
      await page.context().setOffline(true)
      await open(path)
    },
  }
}

/**
 * Every route of every role, in the states a person meets on a first day:
 * the sign-in's code step and a refused code, an order that is not theirs,
 * and pages reached without a network. One list for every test that checks
 * all pages (width, accessibility, language), so none skips a page another
 * visits. Makes the records the pages show.
 */
export async function everyPage(): Promise<Tour> {
  const { shipper, carrier, admin, platformDispatcher, otherShipper } = await makeWorld()
  const draft = await makeOrder(shipper)
  const posted = await makeOrder(shipper, { status: 'posted' })
  const assigned = await makeAssignedOrder(shipper, carrier)
  const moving = await makeAssignedOrder(shipper, carrier, { status: 'in_transit' })
  await makeAssignedOrder(shipper, carrier, { status: 'completed' })
  const elsewhere = await makeOrder(otherShipper)
  const coop = await makeCooperative()
  const codeStep = async (page: Page) => {
    await page.locator('#phone').fill(uniquePhone())
    await page.locator('form button[type=submit]').click()
    await page.locator('#code').waitFor()
  }

  return [
    [
      null,
      [
        '/sign-in',
        { path: '/sign-in', state: 'the code step', act: codeStep },
        {
          path: '/sign-in',
          state: 'a refused code',
          act: async (page) => {
            await codeStep(page)
            await page.locator('#code').fill('000000')
            await page.locator('form button[type=submit]').click()
            await page.locator('[data-testid=code-error], [role=alert]').first().waitFor()
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
        // Posted, no bid yet: the bids' toolbar in French must still fit.
        `/orders/${posted.id}`,
        `/orders/${assigned.id}`,
        {
          path: `/orders/${elsewhere.id}`,
          state: 'someone else’s order',
          act: (page) => page.locator('.njia-alert').first().waitFor(),
        },
        offlineTo('/orders'),
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
        '/collect/route',
        offlineTo('/notifications'),
      ],
    ],
    [carrier.dispatcher, ['/', '/dispatch', '/fleet', '/organisation', offlineTo('/dispatch')]],
    [platformDispatcher, ['/dispatch', '/console/disputes', '/console/operations']],
    [
      admin,
      [
        '/',
        '/console/papers',
        '/console/accounts',
        '/console/disputes',
        '/console/vehicle-types',
        '/console/money',
        '/console/operations',
        '/console/audit',
      ],
    ],
    [
      coop.manager,
      ['/cooperative', '/cooperative/payouts', `/cooperative/routes/${coop.route.id}`],
    ],
    [coop.clerk, ['/collect', '/collect/route']],
    [coop.driver, ['/collect/route', `/collect/route/${coop.route.id}`]],
  ]
}

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

/**
 * What keeps the page from fitting a phone: anything sticking out sideways,
 * and a header taller than an eighth of the screen (it is one compact bar and
 * a strip of links, whatever the language's words).
 */
export async function phoneMisfits(page: Page): Promise<string[]> {
  const culprits = await overflow(page)
  const problems = culprits.map((culprit) => `sticks out: ${culprit}`)
  const header = await page.locator('header.shell-header').boundingBox()
  if (header && header.height > PHONE.height / 8)
    problems.push(`the header is ${header.height} px tall`)
  return problems
}

/**
 * Opens each page of the tour as its visitor, at phone size, and collects
 * what `check` finds wrong there, each prefixed with where it was found.
 */
export async function walkTour(
  browser: Browser,
  tour: Tour,
  check: (page: Page) => Promise<string[]>,
  options: BrowserContextOptions = {}
): Promise<string[]> {
  const failures: string[] = []
  for (const [user, visits] of tour) {
    const context = await newVisitor(browser, { viewport: PHONE, ...options })
    if (user) await restoreSession(context, user)
    const page = await context.newPage()
    for (const visit of visits) {
      const path = typeof visit === 'string' ? visit : visit.path
      const where = `${options.locale ?? ''} ${user?.role ?? 'visitor'} ${path}${typeof visit === 'string' ? '' : ` (${visit.state})`}`
      await context.setOffline(false)
      await page.goto(appUrl(path))
      await page.locator('main h1').first().waitFor()
      if (typeof visit !== 'string') await visit.act(page)
      await page.waitForTimeout(500) // late answers (lists, maps, errors) take their place
      for (const problem of await check(page)) failures.push(`${where.trim()}: ${problem}`)
    }
    await context.close()
  }
  return failures
}
