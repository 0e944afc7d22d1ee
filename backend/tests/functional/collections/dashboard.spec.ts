import { test } from '@japa/runner'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import CollectionTotalsService from '#collections/services/collection_totals_service'
import {
  collectionInput,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'
import { guardTransactions } from '#tests/transaction_guard'

test.group('collections: the cooperative dashboard', (group) => {
  isolateDatabase(group)
  guardTransactions(group)

  test('litres per route, centre and day, refusals by reason, farmers without collections, and CSV', async ({
    client,
    assert,
  }) => {
    const queue = recordQueue()
    try {
      const coop = await makeCooperative()
      const other = await makeCooperative()
      const [a, b, idle] = [
        await makeFarmer(coop),
        await makeFarmer(coop),
        await makeFarmer(coop, { name: 'Idle Farmer' }),
      ]
      await makeFarmer(other)
      const clerk = await tokenFor(coop.clerk)
      await client
        .post('/api/v1/collections/sync')
        .bearerToken(clerk)
        .json({
          collections: [
            collectionInput(a, coop, { quantityLitres: 30 }),
            collectionInput(b, coop, { quantityLitres: 10, lactometer: 23 }),
            collectionInput(b, coop, {
              quantityLitres: 20,
              routeId: null,
              stopId: null,
              centreId: coop.centre.id,
            }),
          ],
        })
      const { day } = new CollectionTotalsService().today()
      const response = await client
        .get(`/api/v1/cooperatives/${coop.organisation.id}/dashboard?from=${day}&to=${day}`)
        .bearerToken(await tokenFor(coop.manager))
      response.assertStatus(200)
      const body = response.body()
      assert.deepEqual(
        body.byRouteDay
          .map((r: any) => [r.routeName, r.acceptedLitres, r.rejectedLitres, r.collections])
          .sort(),
        [
          ['Route A', 30, 10, 2],
          [null, 20, 0, 1],
        ].sort()
      )
      assert.deepEqual(
        body.byCentreDay.map((r: any) => [r.centreName, r.acceptedLitres]),
        [['Githunguri Cooler', 20]]
      )
      assert.deepEqual(body.rejections, [{ reason: 'lactometer_low', collections: 1, litres: 10 }])
      assert.deepEqual(body.totals, {
        acceptedLitres: 50,
        rejectedLitres: 10,
        collections: 3,
        rejectionRatePct: 16.67,
      })
      assert.deepEqual(
        body.farmersWithoutCollections.map((f: any) => f.name),
        [idle.name]
      )

      const csv = await client
        .get(
          `/api/v1/cooperatives/${coop.organisation.id}/dashboard?from=${day}&to=${day}&format=csv`
        )
        .bearerToken(await tokenFor(coop.manager))
      assert.equal(
        csv.text().split('\r\n')[0],
        'date,route,accepted_litres,rejected_litres,collections'
      )
      assert.include(csv.text(), `${day},Route A,30,10,2`)

      const outsider = await client
        .get(`/api/v1/cooperatives/${coop.organisation.id}/dashboard?from=${day}&to=${day}`)
        .bearerToken(await tokenFor(other.manager))
      outsider.assertStatus(404)
      const backwards = await client
        .get(`/api/v1/cooperatives/${coop.organisation.id}/dashboard?from=${day}&to=2020-01-01`)
        .bearerToken(await tokenFor(coop.manager))
      backwards.assertStatus(422)
    } finally {
      queue.restore()
    }
  })
})
