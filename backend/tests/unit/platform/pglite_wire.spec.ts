import { test } from '@japa/runner'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { servePglite } from '#database/pglite_wire'

/**
 * The embedded database serves several connections over one PGlite. node-postgres sends a
 * parameterised query as Parse, Bind, Describe, Execute, Sync; when two connections' messages
 * interleaved, one connection's Bind met the other's statement ("bind message supplies 1
 * parameters, but prepared statement requires 2", "unnamed prepared statement does not exist")
 * — the embedded-only failures of the job queue's tests.
 */
test.group('embedded database: concurrent connections', (group) => {
  let url: string
  let clients: pg.Client[] = []
  group.setup(async () => {
    const db = await PGlite.create()
    const server = await servePglite(db, { port: 0, maxConnections: 4 })
    url = server.url
    return async () => {
      await server.stop()
      await db.close()
    }
  })
  group.each.setup(async () => {
    clients = [new pg.Client(url), new pg.Client(url), new pg.Client(url)]
    for (const client of clients) await client.connect()
    return async () => {
      for (const client of clients) await client.end()
    }
  })

  test('parameterised queries of several connections each get their own answer', async ({
    assert,
  }) => {
    const asked = clients.flatMap((client, c) =>
      Array.from({ length: 60 }, (_, i) => {
        const n = c * 1000 + i
        // Different parameter counts make a crossed Bind fail loudly, and a simple query
        // (no parameters) between another connection's Parse and Bind drops its statement.
        if (c === 0) {
          // Every fifth parameter is larger than a TCP read, so that Bind reaches the server in
          // pieces (all sixty that large made the test slow enough to time out on a busy machine).
          const size = i % 5 === 0 ? 200_000 + i : 10 + i
          return client
            .query('select length($1::text) - $2::int as n', ['x'.repeat(size), size - n])
            .then((r) => [n, r.rows[0].n] as const)
        }
        if (c === 2) return client.query(`select ${n} as n`).then((r) => [n, r.rows[0].n] as const)
        return client
          .query('select $1::int as n', [n])
          .then((result) => [n, result.rows[0].n] as const)
      })
    )
    for (const [sent, received] of await Promise.all(asked)) assert.equal(received, sent)
  })

  test("a transaction sees only its own connection's statements until it ends", async ({
    assert,
  }) => {
    const [a, b] = clients
    await a.query('create temp table if not exists t (n int)')
    await a.query('begin')
    const others = Array.from({ length: 20 }, (_, i) => b.query('select $1::int as n', [i]))
    for (let i = 0; i < 20; i++) await a.query('insert into t values ($1)', [i])
    await a.query('commit')
    const answers = await Promise.all(others)
    assert.deepEqual(
      answers.map((r) => r.rows[0].n),
      Array.from({ length: 20 }, (_, i) => i)
    )
    const { rows } = await a.query('select count(*)::int as c from t')
    assert.equal(rows[0].c, 20)
  })

  test('a connection that leaves inside a transaction gives the database back, rolled back', async ({
    assert,
  }) => {
    const [a, b] = clients
    await b.query('create table if not exists left_behind (n int)')
    await a.query('begin')
    await a.query('insert into left_behind values ($1)', [1])
    const waiting = b.query('select count(*)::int as c from left_behind')
    await a.end()
    clients = clients.slice(1)
    const { rows } = await waiting
    assert.equal(rows[0].c, 0)
  })
})
