/// <reference lib="dom" />
import { test } from '@japa/runner'
import type { Browser } from 'playwright-core'
import { isolateDatabase } from '#tests/helpers'
import { launchChromium } from './browser.js'
import { everyPage, phoneMisfits, walkTour } from './page_tour.js'

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

/** Issue 10 item 5: a page in French or Swahili says nothing in English, in any state. */
test.group('e2e: no English on a page in French or Swahili', (group) => {
  isolateDatabase(group)
  let browser: Browser
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })

  test('every role’s pages, error states and offline pages in fr and sw: no English, and they fit a phone', async ({
    assert,
  }) => {
    const tour = await everyPage()
    const failures: string[] = []
    for (const locale of ['fr-SN', 'sw-KE']) {
      failures.push(
        ...(await walkTour(
          browser,
          tour,
          async (page) => {
            const text = await page.locator('body').innerText()
            const english = [...text.matchAll(SENTENCE)].map((match) => `"${match[0].trim()}"`)
            // Longer words than English must still fit the phone.
            return [...english, ...(await phoneMisfits(page))]
          },
          { locale }
        ))
      )
    }
    assert.deepEqual([...new Set(failures)], [])
  }).timeout(600_000)
})
