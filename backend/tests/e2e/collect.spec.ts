import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import type { Browser, Page } from 'playwright-core'
import MilkCollection from '#collections/models/milk_collection'
import CollectionReceiptJob from '#collections/jobs/collection_receipt_job'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import { makeCooperative, makeFarmer, recordQueue } from '#tests/collections_fixtures'
import { PHONE, appUrl, launchChromium, screenshot, signedInContext } from './browser.js'

/** A feature phone's inbox: the sender, then each text as a bubble (escaped, oldest first). */
function smsScreen(sender: string, texts: string[]) {
  const escape = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  const bubbles = [...texts]
    .reverse()
    .map((text) => `<p class="bubble">${escape(text)}</p>`)
    .join('')
  return `<!doctype html><html lang="en"><body style="margin:0;font:16px/1.4 sans-serif;background:#eef1ee">
    <header style="background:#0f766e;color:#fff;padding:12px 16px;font-weight:600">${escape(sender)}</header>
    <main style="padding:12px">${bubbles}</main>
    <style>.bubble{background:#fff;border-radius:12px;padding:10px 12px;margin:0 40px 8px 0;box-shadow:0 1px 1px #0002}</style>
  </body></html>`
}

/** What the dev outbox holds for a phone (newest first). */
async function outbox(phone: string) {
  const response = await fetch(appUrl(`/api/v1/dev/outbox?to=${encodeURIComponent(phone)}`))
  const { data } = (await response.json()) as { data: { body: string }[] }
  return data.map((message) => message.body)
}

async function recordMilk(page: Page, farmer: string, litres: string) {
  await page.getByTestId('farmer').selectOption({ label: farmer })
  await page.getByTestId('quantity').fill(litres)
  await page.getByLabel('Lactometer reading').fill('28')
  await page.getByLabel('Temperature (°C)').fill('18')
  await page.getByTestId('record').click()
  await page.getByTestId('saved').getByText(farmer.split(' · ')[1]).waitFor()
}

test.group('e2e: recording milk offline (/collect)', (group) => {
  isolateDatabase(group)
  let browser: Browser
  let queue: ReturnType<typeof recordQueue>
  group.setup(async () => {
    browser = await launchChromium()
    return () => browser.close()
  })
  group.each.setup(() => {
    queue = recordQueue()
    return () => queue.restore()
  })

  test('a clerk on a 360 px phone records two cans with no network; back online they are stored once and each farmer gets one receipt', async ({
    assert,
  }) => {
    const coop = await makeCooperative('Kiambu Dairy')
    const wanjiku = await makeFarmer(coop, { name: 'Wanjiku Kamau', memberNumber: 'K0101' })
    const otieno = await makeFarmer(coop, { name: 'Otieno Ouma', memberNumber: 'K0102' })
    const context = await signedInContext(browser, await tokenFor(coop.clerk))
    // The clerk stands at Kamau's gate: each can records where it was taken.
    await context.grantPermissions(['geolocation'], { origin: appUrl('') })
    await context.setGeolocation({ latitude: -1.0501, longitude: 36.7702, accuracy: 8 })
    const page = await context.newPage()
    await page.setViewportSize(PHONE)
    await page.goto(appUrl('/collect'))
    await page.getByRole('heading', { name: 'Record collections' }).waitFor()
    await page.getByTestId('farmer').locator('option', { hasText: 'K0102' }).waitFor({
      state: 'attached',
    })

    // The truck is out of coverage.
    await context.setOffline(true)
    await page.getByTestId('connection').getByText('Offline').waitFor()
    await recordMilk(page, 'K0101 · Wanjiku Kamau', '12.5')
    await recordMilk(page, 'K0102 · Otieno Ouma', '8')
    await page.getByTestId('connection').getByText('2 waiting to send').waitFor()
    await screenshot(page, 'collect-offline')
    const farmerIds = [wanjiku.id, otieno.id]
    assert.lengthOf(await MilkCollection.query().whereIn('farmer_id', farmerIds), 0)
    // Back in coverage: the page sends what waits by itself.
    await context.setOffline(false)
    await page.getByTestId('connection').getByText('0 waiting to send').waitFor()
    const stored = await MilkCollection.query().whereIn('farmer_id', farmerIds).orderBy('farmer_id')
    assert.deepEqual(
      stored.map((c) => [c.farmerId, c.quantityLitres, c.outcome]),
      [
        [wanjiku.id, 12.5, 'accepted'],
        [otieno.id, 8, 'accepted'],
      ]
    )
    for (const collection of stored) {
      assert.deepEqual(collection.position, { lat: -1.0501, lng: 36.7702 })
      await page.getByTestId('stored').getByText(collection.reference).waitFor()
    }
    await screenshot(page, 'collect-synced')
    // Opening the page again sends nothing more.
    await page.reload()
    await page.getByTestId('connection').getByText('0 waiting to send').waitFor()
    assert.lengthOf(await MilkCollection.query().whereIn('farmer_id', farmerIds), 2)

    // The receipt jobs run (the queue is a recorder here): one SMS per farmer, in the outbox.
    const receipts = queue.sent.filter((job) => job.queue === CollectionReceiptJob.queue)
    assert.lengthOf(receipts, 2)
    const job = await app.container.make(CollectionReceiptJob)
    for (const entry of [...receipts, ...receipts]) await job.handle(entry.data)
    for (const [farmer, collection] of [
      [wanjiku, stored[0]],
      [otieno, stored[1]],
    ] as const) {
      const texts = await outbox(farmer.phone)
      assert.lengthOf(texts, 1, `${farmer.name} gets one receipt`)
      assert.include(texts[0], `Ref ${collection.reference}`)
      assert.include(texts[0], 'Kiambu Dairy')
    }
    // What a feature phone shows: Wanjiku's receipt as the dev outbox holds it, drawn as a text message.
    const sms = await context.newPage()
    await sms.setViewportSize({ width: 360, height: 400 })
    await sms.setContent(smsScreen('Kiambu Dairy', await outbox(wanjiku.phone)))
    await screenshot(sms, 'farmer-sms-receipt')
    await context.close()
  })

  test('a route’s driver runs today’s route stop by stop: the route kept on the phone, cans recorded offline, stored once with their route and stop', async ({
    assert,
  }) => {
    const coop = await makeCooperative('Kiambu Dairy')
    const kamau = await makeFarmer(coop, { name: 'Kamau Njoroge', memberNumber: 'K0201' })
    const njeri = await makeFarmer(coop, {
      name: 'Njeri Wairimu',
      memberNumber: 'K0202',
      stopId: coop.stops[1].id,
    })
    const context = await signedInContext(browser, await tokenFor(coop.driver))
    const page = await context.newPage()
    await page.setViewportSize(PHONE)
    await page.goto(appUrl('/collect/route'))
    await page.getByRole('heading', { name: 'Milk routes' }).waitFor()
    await page.getByTestId('route-link').getByText('Route A').click()
    await page.getByRole('heading', { name: 'Route A' }).waitFor()
    await page.getByTestId('current-stop').getByText('Stop 1: Kamau gate').waitFor()

    // Out of coverage: the route comes from the phone, and the cans wait on it.
    await context.setOffline(true)
    await page.getByRole('link', { name: 'Milk routes' }).click()
    await page.getByTestId('route-link').getByText('Route A').click()
    await page.getByTestId('current-stop').getByText('Stop 1: Kamau gate').waitFor()
    await recordMilk(page, 'K0201 · Kamau Njoroge', '10')
    await page.getByTestId('next-stop').click()
    await page.getByTestId('current-stop').getByText('Stop 2: Ikinu junction').waitFor()
    await recordMilk(page, 'K0202 · Njeri Wairimu', '6.5')
    await page.getByTestId('connection').getByText('2 waiting to send').waitFor()
    await screenshot(page, 'route-run-offline')
    const farmerIds = [kamau.id, njeri.id]
    assert.lengthOf(await MilkCollection.query().whereIn('farmer_id', farmerIds), 0)

    await context.setOffline(false)
    await page.getByTestId('connection').getByText('0 waiting to send').waitFor()
    await page.reload()
    await page.getByTestId('connection').getByText('0 waiting to send').waitFor()
    const stored = await MilkCollection.query().whereIn('farmer_id', farmerIds).orderBy('farmer_id')
    assert.deepEqual(
      stored.map((c) => [c.farmerId, c.quantityLitres, c.routeId, c.stopId, c.recordedById]),
      [
        [kamau.id, 10, coop.route.id, coop.stops[0].id, coop.driver.id],
        [njeri.id, 6.5, coop.route.id, coop.stops[1].id, coop.driver.id],
      ]
    )
    assert.lengthOf(
      queue.sent.filter((job) => job.queue === CollectionReceiptJob.queue),
      2,
      'one receipt each'
    )
    await context.close()
  })
})
