import { test } from '@japa/runner'
import fc from 'fast-check'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import type { ApiClient } from '@japa/api-client'
import type User from '#accounts/models/user'
import FleetDocument from '#fleet/models/fleet_document'
import { isolateAccounts } from '#tests/accounts_helpers'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'

/**
 * Every route of the served /openapi.json, as every role and as nobody,
 * with hostile path parameters, queries and bodies: the answer is never a
 * 5xx, and a 4xx changes nothing in the database.
 * Runs: HOSTILE_RUNS (default 400); a failure prints its seed for `HOSTILE_SEED=<seed>`.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 400)
const SEED = process.env.HOSTILE_SEED ? Number(process.env.HOSTILE_SEED) : undefined

/**
 * Writes a refused request may make by design: the caller's own access
 * token (`loginAs` creates one per request, the guard stamps its use) and
 * the counters that bound guessing.
 */
const WRITES_ALLOWED_ON_REFUSAL = new Set(['auth_access_tokens', 'rate_limits', 'otp_codes'])

const HOSTILE_TEXT = [
  '99999999999',
  '2147483648',
  '1e300',
  '-1e300',
  '-1',
  '0',
  '1.5',
  '0x10',
  'NaN',
  'Infinity',
  '',
  ' ',
  'abc',
  '+099999-01-01T00:00:00.000Z',
  '99999-12-31',
  '9999-99-99',
  '<b>x</b>',
  '%00',
  '__proto__',
  'x'.repeat(5000),
]
const hostileText = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 12 }))
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(1e300, -1e300, 2 ** 31, 2 ** 53 + 2, -1, 0, 1.5, true, false, null),
  fc.double(),
  fc.array(fc.oneof(fc.integer(), hostileText), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('lat', 'lng', 'id', 'a'), fc.oneof(fc.integer(), hostileText), {
    maxKeys: 2,
  })
)

interface Operation {
  method: string
  path: string
  pathParams: string[]
  query: string[]
  body: string[]
}

interface OpenApiOperation {
  parameters?: { name: string; in: string }[]
  requestBody?: { content: Record<string, { schema?: { properties?: object } }> }
}

function operationsOf(document: { paths: Record<string, Record<string, OpenApiOperation>> }) {
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue
      const parameters = operation.parameters ?? []
      const content = Object.values(operation.requestBody?.content ?? {})[0]
      operations.push({
        method,
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        body: Object.keys(content?.schema?.properties ?? {}),
      })
    }
  }
  return operations
}

/** Row triggers note every write to every table; rolled back with the test's transaction. */
async function watchWrites() {
  await db.rawQuery('CREATE TABLE hostile_route_writes (table_name text NOT NULL)')
  await db.rawQuery(`CREATE FUNCTION note_hostile_route_write() RETURNS trigger AS $$
    BEGIN INSERT INTO hostile_route_writes VALUES (TG_TABLE_NAME); RETURN NULL; END $$ LANGUAGE plpgsql`)
  // A partitioned table's trigger is cloned onto its partitions, so partitions are not listed.
  const { rows } = await db.rawQuery(
    `SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND c.relname NOT IN ('hostile_route_writes', 'spatial_ref_sys')`
  )
  for (const { table_name: table } of rows as { table_name: string }[]) {
    if (WRITES_ALLOWED_ON_REFUSAL.has(table)) continue
    await db.rawQuery(
      `CREATE TRIGGER note_hostile_route_write AFTER INSERT OR UPDATE OR DELETE ON "${table}"
       FOR EACH ROW EXECUTE FUNCTION note_hostile_route_write()`
    )
  }
  return async () => {
    const { rows: written } = await db.rawQuery(
      'DELETE FROM hostile_route_writes RETURNING table_name'
    )
    return [...new Set((written as { table_name: string }[]).map((row) => row.table_name))]
  }
}

function send(client: ApiClient, operation: Operation, url: string, input: Input, user?: User) {
  const method = operation.method as 'get' | 'post' | 'put' | 'patch' | 'delete'
  let request = client[method](url).qs(input.query as Record<string, string>)
  if (operation.method !== 'get') request = request.json(input.body)
  return user ? request.loginAs(user) : request
}

interface Input {
  query: Record<string, unknown>
  body: Record<string, unknown>
}

test.group('Hostile values on every route of /openapi.json', (group) => {
  isolateAccounts(group)

  test('never a 5xx; a 4xx changes nothing', async ({ client, assert }) => {
    const world = await makeWorld()
    const order = await makeAssignedOrder(world.shipper, world.carrier)
    // The fixtures' papers have rows only: give them their files, as an upload would.
    for (const document of await FleetDocument.all()) {
      await drive.use().put(document.fileKey, '%PDF-1.4\n%%EOF\n')
    }
    const roles: (User | undefined)[] = [
      undefined,
      world.shipper,
      world.carrier.driver,
      world.carrier.dispatcher,
      world.platformDispatcher,
      world.admin,
    ]
    const served = await client.get('/openapi.json')
    // /health's 503 reports a dependency (the embedded database has no queue connection), not input.
    const operations = operationsOf(served.body()).filter((o) => o.path !== '/health')
    assert.isAbove(operations.length, 80)
    const writesSince = await watchWrites()

    const run = fc.constantFrom(...operations).chain((operation) =>
      fc.record({
        operation: fc.constant(operation),
        role: fc.constantFrom(...roles.keys()),
        params: fc.tuple(
          ...operation.pathParams.map(() => fc.oneof(hostileText, fc.constant(String(order.id))))
        ),
        query: fc.dictionary(fc.constantFrom('x', ...operation.query), hostileValue, {
          maxKeys: 3,
        }),
        body: fc.dictionary(fc.constantFrom('x', ...operation.body), hostileValue, {
          maxKeys: 4,
        }),
      })
    )

    await fc.assert(
      fc.asyncProperty(run, async ({ operation, role, params, query, body }) => {
        let index = 0
        const url = operation.path.replace(/\{[^}]+\}/g, () =>
          encodeURIComponent(params[index++] as string)
        )
        await writesSince()
        const response = await send(client, operation, url, { query, body }, roles[role])
        const status = response.status()
        const what = `${operation.method.toUpperCase()} ${url} as ${roles[role]?.role ?? 'nobody'} ${JSON.stringify({ query, body }).slice(0, 300)}`
        if (status >= 500) assert.fail(`${what} answered ${status}: ${response.text()}`)
        // A query the database refused (an aborted transaction) shows here, on the request that caused it.
        const written = await writesSince().catch((error: Error) => {
          throw new Error(`${what} answered ${status} and broke the database: ${error.message}`)
        })
        if (status >= 400) assert.deepEqual(written, [], `${what} answered ${status} but wrote`)
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true, verbose: true }
    )
  }).timeout(600_000)
})
