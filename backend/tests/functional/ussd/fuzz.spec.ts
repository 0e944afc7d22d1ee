import { test } from '@japa/runner'
import fc from 'fast-check'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import {
  collectionInput,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'
import { USSD_TEXTS } from '#ussd/texts'

/** Runs: FUZZ_RUNS (default 60); a failure prints its seed for `FUZZ_SEED=<seed>`. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60)
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined
const internalErrors = new Set(Object.values(USSD_TEXTS).map((t) => `END ${t.error}`))

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    '0',
    '00',
    '*',
    '**',
    '1*0*00*1',
    '%',
    '+',
    '9'.repeat(500),
    'null',
    '\u0000',
    '😀'
  ),
  fc.integer().map(String)
)
const path = fc
  .array(
    fc.oneof(fc.constantFrom('1', '2', '3', '4', '5', '6', '0', '00', '1234', '4821', '9'), junk),
    {
      maxLength: 12,
    }
  )
  .map((parts) => parts.join('*'))

test.group('fuzz: USSD and collection sync', (group) => {
  isolateDatabase(group)
  let queue: ReturnType<typeof recordQueue>
  group.each.setup(() => {
    queue = recordQueue()
    return () => queue.restore()
  })

  test('random form posts at /api/v1/ussd: never a 5xx, always a CON/END text, never an internal error', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const farmer = await makeFarmer(coop)
    const phones = fc.oneof(
      fc.constantFrom(
        farmer.phone,
        coop.driver.phone,
        '+254700999888',
        '0712345678',
        '+221770000000'
      ),
      junk
    )
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            sessionId: fc.oneof(fc.constantFrom('s1', 's2', 's3'), junk),
            serviceCode: fc.oneof(fc.constant('*384*1234#'), junk),
            phoneNumber: phones,
            networkCode: fc.oneof(fc.constant('63902'), junk),
            text: fc.oneof(path, junk),
          },
          { requiredKeys: [] }
        ),
        async (form) => {
          const response = await client.post('/api/v1/ussd').form(form)
          assert.isBelow(response.status(), 500, JSON.stringify(form))
          assert.match(response.text(), /^(CON|END) /, JSON.stringify(form))
          assert.isFalse(
            internalErrors.has(response.text()),
            `internal error for ${JSON.stringify(form)}`
          )
        }
      ),
      { numRuns: RUNS, seed: SEED }
    )
  }).timeout(120_000)

  test('random batches at /api/v1/collections/sync: never a 5xx, and what is stored is stored once', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    const farmer = await makeFarmer(coop)
    const token = await tokenFor(coop.clerk)
    const scalar = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.integer(), junk)
    const item = fc.oneof(
      fc
        .record({
          farmerId: fc.oneof(fc.constant(farmer.id), fc.integer()),
          quantityLitres: fc.oneof(fc.double({ min: -10, max: 600, noNaN: true }), scalar),
          cans: fc.oneof(fc.integer({ min: 0, max: 60 }), scalar),
          lactometer: fc.oneof(fc.double({ min: 0, max: 60, noNaN: true }), scalar),
          shift: fc.oneof(fc.constantFrom('am', 'pm'), junk),
          collectedAt: fc.oneof(
            fc.constant(new Date().toISOString()),
            fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
            scalar
          ),
          stopId: fc.oneof(fc.constant(coop.stops[0].id), scalar),
        })
        .map((overrides) => collectionInput(farmer, coop, overrides)),
      fc.dictionary(fc.string({ maxLength: 10 }), scalar)
    )
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(item, { maxLength: 8 }), scalar), async (collections) => {
        const body = { collections }
        const first = await client.post('/api/v1/collections/sync').bearerToken(token).json(body)
        assert.isBelow(first.status(), 500, JSON.stringify(body))
        if (first.status() !== 200) return
        const again = await client.post('/api/v1/collections/sync').bearerToken(token).json(body)
        const stored = first
          .body()
          .results.filter((r: any) => r.status === 'stored')
          .map((r: any) => r.id)
        for (const result of again.body().results) {
          if (stored.includes(result.id)) assert.equal(result.status, 'duplicate')
          assert.notEqual(result.status, 'stored', 'nothing is stored twice')
        }
      }),
      { numRuns: RUNS, seed: SEED }
    )
  }).timeout(120_000)
})
