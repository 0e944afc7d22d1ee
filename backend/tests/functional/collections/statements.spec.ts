import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import SmsMessage from '#sms/models/sms_message'
import CollectionTotalsService from '#collections/services/collection_totals_service'
import {
  collectionInput,
  earlierToday,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'
import { guardTransactions } from '#tests/transaction_guard'

test.group('collections: rate charts, deductions and statements', (group) => {
  isolateDatabase(group)
  guardTransactions(group)
  let queue: ReturnType<typeof recordQueue>
  group.each.setup(() => {
    queue = recordQueue()
    return () => queue.restore()
  })

  async function month(client: any) {
    const coop = await makeCooperative('Kiambu Dairy')
    const farmer = await makeFarmer(coop, { locale: 'en', memberNumber: 'K0007' })
    const clerk = await tokenFor(coop.clerk)
    const manager = await tokenFor(coop.manager)
    const collections = [
      collectionInput(farmer, coop, {
        quantityLitres: 20,
        collectedAt: earlierToday(3_600_000),
      }),
      collectionInput(farmer, coop, {
        quantityLitres: 10,
        fatPct: 3.0,
        collectedAt: earlierToday(1_800_000),
      }),
      collectionInput(farmer, coop, { quantityLitres: 5, lactometer: 22 }),
    ]
    await client.post('/api/v1/collections/sync').bearerToken(clerk).json({ collections })
    // The first one is corrected from 20 to 18 L.
    await client
      .post(`/api/v1/collections/${collections[0].id}/correct`)
      .bearerToken(clerk)
      .json({ id: randomUUID(), quantityLitres: 18, cans: 1, lactometer: 28, alcoholPassed: true })
    const { period } = new CollectionTotalsService().today()
    return { coop, farmer, clerk, manager, period }
  }

  test('the manager sets the rate chart and deductions; the statement adds up, in JSON, CSV and one SMS', async ({
    client,
    assert,
  }) => {
    const { coop, farmer, clerk, manager, period } = await month(client)
    const prices = await client
      .put(`/api/v1/cooperatives/${coop.organisation.id}/prices`)
      .bearerToken(manager)
      .json({ period, prices: { A: 5200, B: 4500 } })
    prices.assertStatus(200)
    assert.deepEqual(prices.body().data, [
      { grade: 'A', pricePerLitre: 5200 },
      { grade: 'B', pricePerLitre: 4500 },
    ])

    for (const adjustment of [
      { period, kind: 'transport', amount: 3600, note: 'Nov transport' },
      { period, kind: 'advance', amount: 20000 },
      { period, kind: 'bonus', amount: 1000, note: 'Clean milk' },
    ]) {
      const response = await client
        .post(`/api/v1/farmers/${farmer.id}/adjustments`)
        .bearerToken(manager)
        .json(adjustment)
      response.assertStatus(201)
    }

    const statement = await client
      .get(`/api/v1/farmers/${farmer.id}/statement?period=${period}`)
      .bearerToken(clerk)
    statement.assertStatus(200)
    const body = statement.body()
    assert.deepEqual(body.litresByGrade, { A: 18, B: 10 })
    assert.equal(body.rejectedLitres, 5)
    // 18 L × 52.00 + 10 L × 45.00 = 936.00 + 450.00 = 1,386.00
    assert.equal(body.gross, 138_600)
    assert.equal(body.net, 138_600 - 3600 - 20000 + 1000)
    assert.lengthOf(body.collections, 5, 'three collections, a reversal and its replacement')
    assert.match(
      body.smsSummary,
      /^Kiambu Dairy .*: 28 L \(A 18, B 10\)\. Pay KES\s1,386, deductions KES\s236, bonus KES\s10, net KES\s1,160\. Member K0007$/
    )
    assert.isAtMost(body.smsSummary.length, 160)

    const csv = await client
      .get(`/api/v1/farmers/${farmer.id}/statement?period=${period}&format=csv`)
      .bearerToken(clerk)
    csv.assertStatus(200)
    assert.match(csv.header('content-type') ?? '', /^text\/csv/)
    const lines = csv.text().split('\r\n')
    assert.equal(lines[0], 'date,shift,reference,kind,litres,outcome,grade,rejection_reason')
    assert.include(csv.text(), ',reversal,-20,accepted,A,')
    assert.include(csv.text(), 'net_minor,116000')

    const sms = await client
      .post(`/api/v1/farmers/${farmer.id}/statement/sms`)
      .bearerToken(clerk)
      .json({ period })
    sms.assertStatus(200)
    const [message] = await SmsMessage.query()
      .where('to', farmer.phone)
      .orderBy('id', 'desc')
      .limit(1)
    // Sent as GSM-7: the no-break spaces of number formatting become spaces.
    assert.equal(message.body, body.smsSummary.replace(/[\u00a0\u202f]/g, ' '))
  })

  test('without prices the statement says so; the clerk may not set prices or deductions; outsiders see nothing', async ({
    client,
    assert,
  }) => {
    const { coop, farmer, clerk, period } = await month(client)
    const other = await makeCooperative()
    const statement = await client
      .get(`/api/v1/farmers/${farmer.id}/statement?period=${period}`)
      .bearerToken(clerk)
    assert.isFalse(statement.body().priced)
    assert.include(statement.body().smsSummary, 'Prices not set yet')

    const setPrices = await client
      .put(`/api/v1/cooperatives/${coop.organisation.id}/prices`)
      .bearerToken(clerk)
      .json({ period, prices: { A: 5200 } })
    setPrices.assertStatus(403)
    const deduct = await client
      .post(`/api/v1/farmers/${farmer.id}/adjustments`)
      .bearerToken(clerk)
      .json({ period, kind: 'advance', amount: 100 })
    deduct.assertStatus(403)

    const outsider = await tokenFor(other.manager)
    const seen = await client
      .get(`/api/v1/farmers/${farmer.id}/statement?period=${period}`)
      .bearerToken(outsider)
    seen.assertStatus(404)
    const texted = await client
      .post(`/api/v1/farmers/${farmer.id}/statement/sms`)
      .bearerToken(outsider)
      .json({ period })
    texted.assertStatus(404)
    const prices = await client
      .get(`/api/v1/cooperatives/${coop.organisation.id}/prices?period=${period}`)
      .bearerToken(outsider)
    prices.assertStatus(404)
    const badPeriod = await client
      .get(`/api/v1/farmers/${farmer.id}/statement?period=2026-13`)
      .bearerToken(clerk)
    badPeriod.assertStatus(422)
  })

  test('a deduction in a closed period is refused', async ({ client, assert }) => {
    const { coop, farmer, manager } = await month(client)
    await client
      .patch(`/api/v1/cooperatives/${coop.organisation.id}`)
      .bearerToken(manager)
      .json({ closedThrough: '2026-10-31' })
    const response = await client
      .post(`/api/v1/farmers/${farmer.id}/adjustments`)
      .bearerToken(manager)
      .json({ period: '2026-10', kind: 'advance', amount: 500 })
    response.assertStatus(409)
    assert.equal(response.body().errors[0].code, 'E_PERIOD_CLOSED')
  })
})

test.group('collections: intake and variance', (group) => {
  isolateDatabase(group)
  guardTransactions(group)

  test('the intake at the cooler against the farm collections, per route, driver and day; beyond the threshold flagged', async ({
    client,
    assert,
  }) => {
    const queue = recordQueue()
    try {
      const coop = await makeCooperative()
      const farmers = [await makeFarmer(coop), await makeFarmer(coop)]
      const clerk = await tokenFor(coop.clerk)
      await client
        .post('/api/v1/collections/sync')
        .bearerToken(clerk)
        .json({
          collections: [
            collectionInput(farmers[0], coop, { quantityLitres: 60 }),
            collectionInput(farmers[1], coop, { quantityLitres: 40 }),
            collectionInput(farmers[1], coop, { quantityLitres: 9, alcoholPassed: false }),
          ],
        })
      const { day } = new CollectionTotalsService().today()
      const intake = await client
        .post(`/api/v1/collection-routes/${coop.route.id}/intakes`)
        .bearerToken(clerk)
        .json({ date: day, shift: 'am', quantityLitres: 97 })
      intake.assertStatus(201)
      const twice = await client
        .post(`/api/v1/collection-routes/${coop.route.id}/intakes`)
        .bearerToken(clerk)
        .json({ date: day, shift: 'am', quantityLitres: 100 })
      twice.assertStatus(409)

      const variance = await client
        .get(`/api/v1/cooperatives/${coop.organisation.id}/variance?from=${day}&to=${day}`)
        .bearerToken(await tokenFor(coop.manager))
      variance.assertStatus(200)
      assert.deepEqual(variance.body().data, [
        {
          routeId: coop.route.id,
          routeName: 'Route A',
          driverId: coop.driver.id,
          date: day,
          shift: 'am',
          collectedLitres: 100,
          intakeLitres: 97,
          varianceLitres: -3,
          variancePct: -3,
          flagged: true,
        },
      ])

      const other = await makeCooperative()
      const stranger = await client
        .post(`/api/v1/collection-routes/${coop.route.id}/intakes`)
        .bearerToken(await tokenFor(other.clerk))
        .json({ date: day, shift: 'pm', quantityLitres: 1 })
      stranger.assertStatus(404)
    } finally {
      queue.restore()
    }
  })
})
