import { test } from '@japa/runner'
import fc from 'fast-check'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import { guardTransactions } from '#tests/transaction_guard'
import { judgeQuality } from '#collections/quality_rules'
import {
  collectionInput,
  earlierToday,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'

/** A reading as the phone's form takes it: empty, or a number in the form's range and step. */
const reading = (min: number, max: number, decimals: number, edges: number[]) => {
  const scale = 10 ** decimals
  return fc.oneof(
    fc.constant(null),
    fc.constantFrom(...edges),
    fc.integer({ min: min * scale, max: max * scale }).map((n) => n / scale)
  )
}

test.group('collections: the phone and the server judge milk alike', (group) => {
  isolateDatabase(group)
  guardTransactions(group)
  group.each.setup(() => recordQueue().restore)

  test('random readings: the verdict the phone shows offline is the one the server stores at sync', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const farmer = await makeFarmer(coop)
    const token = await tokenFor(coop.driver)
    // The thresholds as the phone has them: from the route it keeps offline.
    const today = await client
      .get(`/api/v1/collection-routes/${coop.route.id}/today`)
      .bearerToken(token)
    today.assertStatus(200)
    const thresholds = today.body().cooperative

    const tests = fc.record({
      lactometer: reading(0, 60, 1, [25.9, 26, 32, 32.1]),
      alcoholPassed: fc.boolean(),
      temperatureC: reading(-5, 60, 1, [30, 30.1]),
      fatPct: reading(0, 15, 2, [3.24, 3.25]),
      snfPct: reading(0, 15, 2, [8.24, 8.25]),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(tests, { minLength: 1, maxLength: 25 }), async (batch) => {
        const collections = batch.map((readings) =>
          collectionInput(farmer, coop, { ...readings, collectedAt: earlierToday(60_000) })
        )
        const phone = collections.map((body) => judgeQuality(body, thresholds))
        const response = await client
          .post('/api/v1/collections/sync')
          .bearerToken(token)
          .json({ collections })
        response.assertStatus(200)
        const server = response.body().results.map(({ collection }: any) => ({
          outcome: collection.outcome,
          rejectionReason: collection.rejectionReason,
          grade: collection.grade,
        }))
        assert.deepEqual(server, phone)
      }),
      { numRuns: 8 }
    )
  })
})
