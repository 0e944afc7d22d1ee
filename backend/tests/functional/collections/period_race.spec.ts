import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import type { ApiClient } from '@japa/api-client'
import collectionsConfig from '#config/collections'
import MilkCollection from '#collections/models/milk_collection'
import FarmerAdjustment from '#collections/models/farmer_adjustment'
import MilkPrice from '#collections/models/milk_price'
import Cooperative from '#collections/models/cooperative'
import { tokenFor } from '#tests/accounts_helpers'
import {
  collectionInput,
  makeCooperative,
  makeFarmer,
  recordQueue,
  removeCooperatives,
  type Coop,
} from '#tests/collections_fixtures'
import { guardTransactions } from '#tests/transaction_guard'
import { waitFor } from '#tests/helpers'

const lastMonth = () =>
  DateTime.now().setZone(collectionsConfig.timeZone).startOf('month').minus({ days: 1 })

/** Backends of this database waiting for a row lock, whose statement names `table`. */
async function waitingOn(table: string) {
  const { rows } = await db.rawQuery(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE ?`,
    [`%${table}%`]
  )
  return rows[0].n as number
}

/** Last month priced and prepared: one farmer, 10 L of grade A taken back whole by an advance (net 0). */
async function preparedMonth(client: ApiClient) {
  const coop = await makeCooperative()
  const farmer = await makeFarmer(coop)
  const period = lastMonth().toFormat('yyyy-MM')
  const manager = await tokenFor(coop.manager)
  const at = lastMonth().set({ hour: 6 })
  const milk = await MilkCollection.create({
    ...collectionFields(coop, farmer.id, at),
    quantityLitres: 10,
    outcome: 'accepted',
    grade: 'A',
  })
  const cooperative = `/api/v1/cooperatives/${coop.organisation.id}`
  const prices = await client
    .put(`${cooperative}/prices`)
    .bearerToken(manager)
    .json({ period, prices: { A: 5200 } })
  prices.assertStatus(200)
  const advance = await client
    .post(`/api/v1/farmers/${farmer.id}/adjustments`)
    .bearerToken(manager)
    .json({ period, kind: 'advance', amount: 52_000 })
  advance.assertStatus(201)
  const prepared = await client
    .post(`${cooperative}/payout-runs`)
    .bearerToken(manager)
    .json({ period })
  prepared.assertStatus(201)
  return { coop, farmer, period, manager, milk, runId: prepared.body().id as number }
}

function collectionFields(coop: Coop, farmerId: number, at: DateTime) {
  return {
    id: randomUUID(),
    cooperativeId: coop.organisation.id,
    farmerId,
    routeId: coop.route.id,
    stopId: coop.stops[0].id,
    centreId: null,
    kind: 'collection' as const,
    shift: 'am' as const,
    collectedAt: at,
    collectedOn: at.startOf('day'),
    period: at.toFormat('yyyy-MM'),
    position: null,
    recordedById: coop.clerk.id,
    reversesId: null,
    replacesId: null,
    receiptSmsId: null,
    reference: `MR${Math.floor(Math.random() * 1e6)}`,
    cans: 1,
    lactometer: 28,
    alcoholPassed: true,
    temperatureC: 18,
    fatPct: null,
    snfPct: null,
    rejectionReason: null,
  }
}

test.group('collections: a write into a month while its pay is approved', (group) => {
  guardTransactions(group)
  // No global transaction here: it would serialise the requests. The rows are removed by hand.
  let maxAgeDays: number
  group.each.setup(() => {
    maxAgeDays = collectionsConfig.maxAgeDays
    // Last month's last day is up to a month old whatever day the suite runs.
    collectionsConfig.maxAgeDays = 62
    const queue = recordQueue()
    return () => {
      collectionsConfig.maxAgeDays = maxAgeDays
      queue.restore()
    }
  })

  test('waits for the approval and is refused: nothing lands in a month already paid ({$self})')
    .with(['sync', 'correction', 'adjustment', 'prices'] as const)
    .run(async ({ client, assert, cleanup }, kind) => {
      const month = await preparedMonth(client)
      const { coop, farmer, period, manager, runId } = month
      cleanup(() => removeCooperatives([coop]))

      // Approval is held inside its transaction, past its reading of the statements, by a lock
      // on the run's row; the write is sent meanwhile.
      const holder = await db.transaction()
      try {
        await holder.from('farmer_payout_runs').where('id', runId).forUpdate().select('id')
        const approving = Promise.resolve(
          client.post(`/api/v1/payout-runs/${runId}/approve`).bearerToken(manager)
        )
        await waitFor(async () => (await waitingOn('farmer_payout_runs')) > 0, 'approval to wait', {
          everyMs: 20,
        })

        const clerk = await tokenFor(coop.clerk)
        const lastDay = lastMonth().set({ hour: 10 }).toISO()!
        const request = {
          sync: () =>
            client
              .post('/api/v1/collections/sync')
              .bearerToken(clerk)
              .json({ collections: [collectionInput(farmer, coop, { collectedAt: lastDay })] }),
          correction: () =>
            client.post(`/api/v1/collections/${month.milk.id}/correct`).bearerToken(manager).json({
              id: randomUUID(),
              quantityLitres: 40,
              cans: 2,
              lactometer: 28,
              alcoholPassed: true,
              temperatureC: 18,
            }),
          adjustment: () =>
            client
              .post(`/api/v1/farmers/${farmer.id}/adjustments`)
              .bearerToken(manager)
              .json({ period, kind: 'bonus', amount: 10_000 }),
          prices: () =>
            client
              .put(`/api/v1/cooperatives/${coop.organisation.id}/prices`)
              .bearerToken(manager)
              .json({ period, prices: { A: 9900 } }),
        }[kind]
        let answered = false
        const writing = Promise.resolve(request()).finally(() => (answered = true))
        await waitFor(
          async () => answered || (await waitingOn('cooperatives')) > 0,
          'the write to answer or to wait',
          { everyMs: 20 }
        )
        await holder.commit()

        const [approved, written] = await Promise.all([approving, writing])
        approved.assertStatus(200)
        const refusal =
          kind === 'sync' ? written.body().results[0].error : written.body().errors?.[0]
        assert.equal(refusal?.code, 'E_PERIOD_CLOSED', JSON.stringify(written.body()))
      } finally {
        if (!holder.isCompleted) await holder.rollback()
      }

      // What was paid is what the month holds.
      const milk = await MilkCollection.query().where({ farmer_id: farmer.id, period })
      assert.deepEqual(
        milk.map((row) => [row.kind, row.quantityLitres]),
        [['collection', 10]]
      )
      assert.lengthOf(await FarmerAdjustment.query().where({ farmer_id: farmer.id, period }), 1)
      const prices = await MilkPrice.query().where({ cooperative_id: coop.organisation.id, period })
      assert.deepEqual(
        prices.map((price) => price.pricePerLitre),
        [5200]
      )
      const cooperative = await Cooperative.findOrFail(coop.organisation.id)
      assert.equal(cooperative.closedThrough?.toFormat('yyyy-MM'), period)
    })
    // PGlite serves every connection from one session: a row lock never makes another wait.
    .skip(!env.get('DATABASE_URL'), 'row locks between connections need PostgreSQL')
})
