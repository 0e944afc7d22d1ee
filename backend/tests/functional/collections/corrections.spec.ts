import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { randomUUID } from 'node:crypto'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import SmsMessage from '#sms/models/sms_message'
import MilkCollection from '#collections/models/milk_collection'
import CollectionReceiptJob from '#collections/jobs/collection_receipt_job'
import CollectionTotalsService from '#collections/services/collection_totals_service'
import {
  collectionInput,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'
import { guardTransactions } from '#tests/transaction_guard'

test.group('collections: corrections', (group) => {
  isolateDatabase(group)
  guardTransactions(group)
  let queue: ReturnType<typeof recordQueue>
  group.each.setup(() => {
    queue = recordQueue()
    return () => queue.restore()
  })

  async function recorded() {
    const coop = await makeCooperative()
    const farmer = await makeFarmer(coop, { locale: 'en' })
    const token = await tokenFor(coop.clerk)
    const sync = await app.container.make(CollectionReceiptJob)
    return { coop, farmer, token, sync }
  }

  test('a correction reverses the collection and records the new values; the farmer is told', async ({
    client,
    assert,
  }) => {
    const { coop, farmer, token, sync } = await recorded()
    const original = collectionInput(farmer, coop, { quantityLitres: 21 })
    await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({ collections: [original] })

    const replacementId = randomUUID()
    const response = await client
      .post(`/api/v1/collections/${original.id}/correct`)
      .bearerToken(token)
      .json({ id: replacementId, quantityLitres: 12, cans: 1, lactometer: 28, alcoholPassed: true })
    response.assertStatus(201)
    assert.equal(response.body().id, replacementId)
    assert.equal(response.body().replacesId, original.id)
    assert.equal(response.body().quantityLitres, 12)

    const rows = await MilkCollection.query().where('farmer_id', farmer.id).orderBy('created_at')
    assert.deepEqual(
      rows.map((row) => [row.kind, row.quantityLitres]).sort(),
      [
        ['collection', 12],
        ['collection', 21],
        ['reversal', -21],
      ].sort()
    )
    const original21 = rows.find((row) => row.id === original.id)!
    assert.equal(original21.quantityLitres, 21, 'the original is never edited')

    const totals = await app.container.make(CollectionTotalsService)
    assert.equal(await totals.periodTotal(farmer.id, original21.period), 12)

    for (const entry of queue.sent) await sync.handle(entry.data)
    const messages = await SmsMessage.query().where('to', farmer.phone).orderBy('id')
    assert.lengthOf(messages, 2)
    assert.include(messages[1].body, `CORRECTION of ${original21.reference}`)
    assert.include(messages[1].body, 'Month total 12 L')
  })

  test('the same correction sent twice is applied once; a second different one is refused', async ({
    client,
    assert,
  }) => {
    const { coop, farmer, token } = await recorded()
    const original = collectionInput(farmer, coop)
    await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({ collections: [original] })
    const correction = { id: randomUUID(), quantityLitres: 9, cans: 1, alcoholPassed: true }
    const first = await client
      .post(`/api/v1/collections/${original.id}/correct`)
      .bearerToken(token)
      .json(correction)
    const again = await client
      .post(`/api/v1/collections/${original.id}/correct`)
      .bearerToken(token)
      .json(correction)
    first.assertStatus(201)
    again.assertStatus(201)
    assert.equal(again.body().reference, first.body().reference)

    const other = await client
      .post(`/api/v1/collections/${original.id}/correct`)
      .bearerToken(token)
      .json({ ...correction, id: randomUUID() })
    other.assertStatus(409)
    assert.equal(other.body().errors[0].code, 'E_ALREADY_CORRECTED')
    assert.lengthOf(await MilkCollection.query().where('farmer_id', farmer.id), 3)
    assert.lengthOf(queue.sent, 2, 'one receipt for the collection, one for its correction')
  })

  test('another cooperative’s clerk cannot correct (404); bad values are 422 and change nothing', async ({
    client,
    assert,
  }) => {
    const { coop, farmer, token } = await recorded()
    const other = await makeCooperative()
    const original = collectionInput(farmer, coop)
    await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({ collections: [original] })

    const stranger = await client
      .post(`/api/v1/collections/${original.id}/correct`)
      .bearerToken(await tokenFor(other.clerk))
      .json({ id: randomUUID(), quantityLitres: 1, cans: 1, alcoholPassed: true })
    stranger.assertStatus(404)

    const tooMuch = await client
      .post(`/api/v1/collections/${original.id}/correct`)
      .bearerToken(token)
      .json({ id: randomUUID(), quantityLitres: 900, cans: 1, alcoholPassed: true })
    tooMuch.assertStatus(422)
    assert.equal(tooMuch.body().errors[0].field, 'quantityLitres')
    assert.lengthOf(await MilkCollection.query().where('farmer_id', farmer.id), 1)
  })
})
