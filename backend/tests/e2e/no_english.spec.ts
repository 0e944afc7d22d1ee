/// <reference lib="dom" />
import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import type User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { makeAssignedOrder, makeOrder, makeWorld } from '#tests/fixtures/marketplace'
import { PHONE, appUrl, launchChromium, newVisitor } from './browser.js'
import { restoreSession } from './driver_steps.js'

/**
 * Words that only an English sentence has: none of them is French or
 * Swahili, and none is in the data the pages show (names, places, plates).
 */
const ENGLISH = [
  'the',
  'and',
  'your',
  'you',
  'is',
  'are',
  'of',
  'with',
  'this',
  'has',
  'have',
  'please',
  'there',
  'which',
  'from',
  'will',
  'was',
  'yet',
  'no longer',
  'could not',
]
const SENTENCE = new RegExp(`[^.\\n]*\\b(${ENGLISH.join('|')})\\b[^.\\n]*`, 'gi')

/** Issue 10 item 5: a page in French or Swahili says nothing in English. */
test.group('e2e: no English on a page in French or Swahili', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('every role’s pages in fr and sw', async ({ assert }) => {
    const world = await makeWorld()
    const { shipper, carrier, admin, platformDispatcher } = world
    const draft = await makeOrder(shipper)
    const posted = await makeOrder(shipper, { status: 'posted' })
    const assigned = await makeAssignedOrder(shipper, carrier)

    const visits: [User | null, string[]][] = [
      [null, ['/sign-in']],
      [
        shipper,
        [
          '/',
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
        ],
      ],
      [carrier.dispatcher, ['/dispatch', '/fleet', '/organisation']],
      [platformDispatcher, ['/dispatch']],
      [admin, ['/console/papers', '/console/accounts', '/console/disputes']],
    ]

    const failures: string[] = []
    for (const locale of ['fr-SN', 'sw-KE']) {
      for (const [user, paths] of visits) {
        const context = await newVisitor(browser, { viewport: PHONE, locale })
        if (user) await restoreSession(context, user)
        const page = await context.newPage()
        for (const path of paths) {
          await page.goto(appUrl(path))
          await page.locator('main h1').first().waitFor()
          await page.waitForTimeout(500) // late answers (lists, errors) are words too
          const text = await page.locator('body').innerText()
          for (const match of text.matchAll(SENTENCE)) {
            failures.push(`${locale} ${user?.role ?? 'visitor'} ${path}: "${match[0].trim()}"`)
          }
        }
        await context.close()
      }
    }
    assert.deepEqual([...new Set(failures)], [])
  }).timeout(300_000)
})
