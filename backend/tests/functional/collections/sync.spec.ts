import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import SmsMessage from '#sms/models/sms_message'
import MilkCollection from '#collections/models/milk_collection'
import CollectionReceiptJob from '#collections/jobs/collection_receipt_job'
import {
  collectionInput,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'
import { guardTransactions } from '#tests/transaction_guard'

async function countWhere(column: string, value: number) {
  const rows = await MilkCollection.query().where(column, value)
  return rows.length
}

async function runReceipts(sent: { queue: string; data: any }[]) {
  const job = await app.container.make(CollectionReceiptJob)
  const outcomes = []
  for (const entry of sent.filter((s) => s.queue === CollectionReceiptJob.queue)) {
    const { outcome } = await job.handle(entry.data)
    outcomes.push(outcome)
  }
  return outcomes
}

test.group('collections: sync from the phone', (group) => {
  isolateDatabase(group)
  guardTransactions(group)
  let queue: ReturnType<typeof recordQueue>
  group.each.setup(() => {
    queue = recordQueue()
    return () => queue.restore()
  })

  test('a morning recorded offline and synced twice: each collection stored once, each farmer one receipt', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative('Kiambu Dairy')
    const farmers = [
      await makeFarmer(coop, { locale: 'en', name: 'Wanjiku' }),
      await makeFarmer(coop, { locale: 'sw', name: 'Kamau' }),
      await makeFarmer(coop, { locale: 'fr', name: 'Amadou' }),
    ]
    const batch = farmers.map((farmer, index) =>
      collectionInput(farmer, coop, { quantityLitres: 10 + index })
    )
    const token = await tokenFor(coop.clerk)

    const first = await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({ collections: batch })
    first.assertStatus(200)
    assert.deepEqual(
      first.body().results.map((r: any) => r.status),
      ['stored', 'stored', 'stored']
    )
    // The receipts are queued, not sent yet: the answer must not claim they were.
    assert.deepEqual(
      first.body().results.map((r: any) => r.collection.receiptSent),
      [false, false, false]
    )

    // The network dropped before the answer: the phone sends the same batch again.
    const second = await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({ collections: batch })
    assert.deepEqual(
      second.body().results.map((r: any) => r.status),
      ['duplicate', 'duplicate', 'duplicate']
    )
    assert.deepEqual(
      second.body().results.map((r: any) => r.collection.reference),
      first.body().results.map((r: any) => r.collection.reference)
    )

    const stored = await MilkCollection.query().whereIn(
      'farmer_id',
      farmers.map((f) => f.id)
    )
    assert.lengthOf(stored, 3)
    assert.lengthOf(queue.sent, 3, 'one receipt job per collection')

    // A worker runs every job, and a retry runs them all again.
    assert.deepEqual(await runReceipts(queue.sent), ['sent', 'sent', 'sent'])
    assert.deepEqual(await runReceipts(queue.sent), [
      'already_sent',
      'already_sent',
      'already_sent',
    ])

    for (const [index, farmer] of farmers.entries()) {
      const messages = await SmsMessage.query().where('to', farmer.phone)
      assert.lengthOf(messages, 1, `${farmer.name} gets exactly one receipt`)
      const reference = first.body().results[index].collection.reference
      assert.include(messages[0].body, reference)
      assert.include(messages[0].body, 'Kiambu Dairy')
    }
    const [en] = await SmsMessage.query().where('to', farmers[0].phone)
    assert.match(en.body, /10 L received .* AM at Kamau gate, grade A\. Month total 10 L\./)
    const [sw] = await SmsMessage.query().where('to', farmers[1].phone)
    assert.match(
      sw.body,
      /Lita 11 zimepokelewa .* asubuhi Kamau gate, daraja A\. Jumla ya mwezi lita 11\./
    )
    const [fr] = await SmsMessage.query().where('to', farmers[2].phone)
    assert.match(fr.body, /12 L reçus le .* matin à Kamau gate, qualité A\. Total du mois 12 L\./)
    assert.isAtMost(en.body.length, 160)
  })

  test('the same batch arriving twice at the same moment, or an id twice in one batch: stored once, one receipt each', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const farmers = [await makeFarmer(coop), await makeFarmer(coop)]
    const batch = farmers.map((farmer) => collectionInput(farmer, coop))
    const token = await tokenFor(coop.clerk)
    const send = (collections: unknown[]) =>
      client.post('/api/v1/collections/sync').bearerToken(token).json({ collections })
    const [one, two] = await Promise.all([send(batch), send(batch)])
    one.assertStatus(200)
    two.assertStatus(200)
    const statuses = [...one.body().results, ...two.body().results].map((r: any) => r.status)
    assert.sameMembers(statuses, ['stored', 'stored', 'duplicate', 'duplicate'])

    const twice = collectionInput(farmers[0], coop)
    const repeated = await send([twice, twice])
    assert.deepEqual(
      repeated.body().results.map((r: any) => r.status),
      ['stored', 'duplicate']
    )
    const stored = await MilkCollection.query().whereIn(
      'farmer_id',
      farmers.map((f) => f.id)
    )
    assert.lengthOf(stored, 3)
    assert.lengthOf(queue.sent, 3, 'one receipt job per collection')
  })

  test('the receipt carries the running total of the month', async ({ client, assert }) => {
    const coop = await makeCooperative()
    const farmer = await makeFarmer(coop)
    const token = await tokenFor(coop.clerk)
    const yesterday = new Date(Date.now() - 86_400_000).toISOString()
    await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({
        collections: [
          collectionInput(farmer, coop, { quantityLitres: 7.5, collectedAt: yesterday }),
        ],
      })
    await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({
        collections: [collectionInput(farmer, coop, { quantityLitres: 5.25 })],
      })
    await runReceipts(queue.sent)
    const messages = await SmsMessage.query().where('to', farmer.phone).orderBy('id')
    const sameMonth = DateTime.now()
      .setZone('Africa/Nairobi')
      .hasSame(DateTime.now().minus({ days: 1 }).setZone('Africa/Nairobi'), 'month')
    assert.include(messages[1].body, sameMonth ? 'Month total 12.8 L' : 'Month total 5.3 L')
  })

  test('quality tests against the cooperative’s thresholds: refused milk gets its reason, low fat grade B', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const farmer = await makeFarmer(coop)
    const token = await tokenFor(coop.grader)
    const response = await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({
        collections: [
          { lactometer: 24 },
          { alcoholPassed: false },
          { temperatureC: 34 },
          { fatPct: 3.0, snfPct: 8.5 },
          { quantityLitres: undefined, weightKg: 20.6 },
        ].map((tests, index) =>
          collectionInput(farmer, coop, {
            ...tests,
            collectedAt: new Date(Date.now() - 600_000 + index * 60_000).toISOString(),
          })
        ),
      })
    const rows = response.body().results.map((r: any) => r.collection)
    assert.deepEqual(
      rows.map((r: any) => [r.outcome, r.rejectionReason, r.grade]),
      [
        ['rejected', 'lactometer_low', null],
        ['rejected', 'alcohol_positive', null],
        ['rejected', 'temperature_high', null],
        ['accepted', null, 'B'],
        ['accepted', null, 'A'],
      ]
    )
    assert.equal(rows[4].quantityLitres, 20, '20.6 kg at 1.03 kg/L')
    await runReceipts(queue.sent)
    const [first] = await SmsMessage.query().where('to', farmer.phone).orderBy('id')
    assert.include(first.body, 'REJECTED')
    assert.include(first.body, 'water added')
    assert.include(first.body, 'Month total 0 L')
  })

  test('refusals are per collection, with a reason; the others are stored', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const other = await makeCooperative()
    const farmer = await makeFarmer(coop)
    const pending = await makeFarmer(coop, { status: 'pending' })
    const stranger = await makeFarmer(other)
    const token = await tokenFor(coop.clerk)
    const response = await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({
        collections: [
          collectionInput(stranger, other),
          collectionInput(pending, coop),
          collectionInput(farmer, coop, { quantityLitres: 250 }),
          collectionInput(farmer, coop, { alcoholPassed: null }),
          collectionInput(farmer, coop, {
            collectedAt: new Date(Date.now() + 3_600_000).toISOString(),
          }),
          collectionInput(farmer, coop, { routeId: other.route.id, stopId: other.stops[0].id }),
          collectionInput(farmer, coop),
        ],
      })
    response.assertStatus(200)
    const results = response.body().results
    assert.deepEqual(
      results.map((r: any) => [r.status, r.error?.code ?? null, r.error?.field ?? null]),
      [
        ['refused', 'E_NOT_FOUND', 'farmerId'],
        ['refused', 'E_FARMER_NOT_ACTIVE', 'farmerId'],
        ['refused', 'E_VALIDATION', 'quantityLitres'],
        ['refused', 'E_VALIDATION', 'alcoholPassed'],
        ['refused', 'E_VALIDATION', 'collectedAt'],
        ['refused', 'E_NOT_FOUND', 'routeId'],
        ['stored', null, null],
      ]
    )
    assert.notProperty(results[0], 'collection', 'nothing about the other cooperative’s farmer')
    assert.equal(await countWhere('cooperative_id', coop.organisation.id), 1)
    assert.equal(await countWhere('cooperative_id', other.organisation.id), 0)
    assert.lengthOf(queue.sent, 1)
  })

  test('a closed period takes nothing more', async ({ client, assert }) => {
    const coop = await makeCooperative()
    const farmer = await makeFarmer(coop)
    coop.cooperative.closedThrough = DateTime.now().setZone('Africa/Nairobi').startOf('day')
    await coop.cooperative.save()
    const response = await client
      .post('/api/v1/collections/sync')
      .bearerToken(await tokenFor(coop.clerk))
      .json({ collections: [collectionInput(farmer, coop)] })
    assert.equal(response.body().results[0].error.code, 'E_PERIOD_CLOSED')
    assert.lengthOf(queue.sent, 0)
  })

  test('a malformed batch is refused whole with 422 and stores nothing', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const farmer = await makeFarmer(coop)
    const token = await tokenFor(coop.clerk)
    for (const collections of [
      [],
      [collectionInput(farmer, coop, { id: 'not-a-uuid' })],
      [collectionInput(farmer, coop, { quantityLitres: -3 })],
      [collectionInput(farmer, coop, { shift: 'noon' })],
      [collectionInput(farmer, coop, { cans: '2' })],
      [collectionInput(farmer, coop, { quantityLitres: undefined })],
      [collectionInput(farmer, coop, { collectedAt: 'yesterday' })],
    ]) {
      const response = await client
        .post('/api/v1/collections/sync')
        .bearerToken(token)
        .json({ collections })
      response.assertStatus(422)
      assert.equal(response.body().errors[0].code, 'E_VALIDATION')
    }
    assert.equal(await countWhere('farmer_id', farmer.id), 0)
  })

  test('the route’s driver records on their route; another driver, a shipper or no token cannot', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const other = await makeCooperative()
    const farmer = await makeFarmer(coop)
    const mine = await client
      .post('/api/v1/collections/sync')
      .bearerToken(await tokenFor(coop.driver))
      .json({ collections: [collectionInput(farmer, coop)] })
    assert.equal(mine.body().results[0].status, 'stored')

    const notTheirs = await client
      .post('/api/v1/collections/sync')
      .bearerToken(await tokenFor(other.driver))
      .json({ collections: [collectionInput(farmer, coop)] })
    assert.equal(notTheirs.body().results[0].error.code, 'E_NOT_FOUND')

    const otherClerk = await client
      .post('/api/v1/collections/sync')
      .bearerToken(await tokenFor(other.clerk))
      .json({ collections: [collectionInput(farmer, coop, { routeId: null })] })
    assert.equal(otherClerk.body().results[0].error.code, 'E_NOT_FOUND')

    const anonymous = await client
      .post('/api/v1/collections/sync')
      .json({ collections: [collectionInput(farmer, coop)] })
    anonymous.assertStatus(401)
    assert.equal(await countWhere('farmer_id', farmer.id), 1)
  })

  test('an id already used by someone else is refused, not revealed', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const farmer = await makeFarmer(coop)
    const item = collectionInput(farmer, coop)
    await client
      .post('/api/v1/collections/sync')
      .bearerToken(await tokenFor(coop.clerk))
      .json({ collections: [item] })
    const again = await client
      .post('/api/v1/collections/sync')
      .bearerToken(await tokenFor(coop.grader))
      .json({ collections: [item] })
    assert.deepEqual(again.body().results[0].error.code, 'E_ID_CONFLICT')
    assert.notProperty(again.body().results[0], 'collection')
    assert.equal(
      await db
        .from('milk_collections')
        .where('farmer_id', farmer.id)
        .count('* as n')
        .first()
        .then((r) => Number(r.n)),
      1
    )
  })
})
