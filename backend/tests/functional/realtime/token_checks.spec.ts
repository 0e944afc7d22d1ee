import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#accounts/models/user'
import app from '@adonisjs/core/services/app'
import TokenChecks from '#realtime/services/token_checks'
import type { SocketIdentity } from '#realtime/socket_auth'
import { isolateDatabase, timedOut, withClockSetBack } from '#tests/helpers'
import { trackingOrg, trackingUser } from '#tests/tracking_fixtures'

/** Runs `work` and counts the queries it sent that read access tokens. */
async function tokenQueriesOf(work: () => Promise<unknown>) {
  const knex = db.connection().getWriteClient()
  let count = 0
  const listener = (query: { sql: string }) => {
    if (/auth_access_tokens/.test(query.sql)) count++
  }
  knex.on('query', listener)
  try {
    await work()
  } finally {
    knex.off('query', listener)
  }
  return count
}

/** Three drivers of one carrier, each signed in once; `identity(i)` is what the i-th one's socket carries. */
async function threeSignedInDrivers() {
  const carrier = await trackingOrg('carrier')
  const drivers = await Promise.all([1, 2, 3].map(() => trackingUser('driver', carrier)))
  const tokens = await Promise.all(drivers.map((driver) => User.accessTokens.create(driver)))
  const identity = (index: number) => ({
    userId: drivers[index].id,
    tokenId: Number(tokens[index].identifier),
  })
  return { drivers, tokens, identity }
}

test.group('realtime / the token check of every socket event', (group) => {
  isolateDatabase(group)

  test('the checks of many sockets arriving together share one query, and each gets its own answer', async ({
    assert,
  }) => {
    const { drivers, tokens, identity } = await threeSignedInDrivers()
    // The second driver signed out: their token is gone.
    await User.accessTokens.delete(drivers[1], tokens[1].identifier)

    const checks = await app.container.make(TokenChecks)
    let answers: (User | null)[] = []
    const queries = await tokenQueriesOf(async () => {
      answers = await Promise.all([
        checks.liveUser(identity(0)),
        checks.liveUser(identity(1)),
        checks.liveUser(identity(2)),
        // Someone else's token with the first driver's id: not theirs, refused.
        checks.liveUser({ userId: drivers[0].id, tokenId: identity(2).tokenId }),
      ])
    })

    assert.equal(queries, 1)
    assert.deepEqual(
      answers.map((user) => user?.id ?? null),
      [drivers[0].id, null, drivers[2].id, null]
    )
  })

  test('checks asked while a query is in flight wait for it and then share the next one', async ({
    assert,
  }) => {
    const { drivers, identity } = await threeSignedInDrivers()
    // No spacing: only the query in flight makes the others wait (the spacing has its own test).
    const checks = new TokenChecks(0)
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

    let answers: (User | null)[] = []
    const queries = await tokenQueriesOf(async () => {
      // Three sockets' events in three turns of the event loop, the first query still running.
      const first = checks.liveUser(identity(0))
      await nextTurn()
      const second = checks.liveUser(identity(1))
      await nextTurn()
      const third = checks.liveUser(identity(2))
      answers = await Promise.all([first, second, third])
    })

    assert.equal(queries, 2, 'the first alone, then the two that waited for it')
    assert.deepEqual(
      answers.map((user) => user?.id ?? null),
      drivers.map((driver) => driver.id)
    )
  })

  test('queries start at least the spacing apart: checks of the interval share one, a quiet server checks at once', async ({
    assert,
  }) => {
    const { drivers, identity } = await threeSignedInDrivers()
    const checks = new TokenChecks(300)
    let answers: (User | null)[] = []
    const started = Date.now()
    const queries = await tokenQueriesOf(async () => {
      const first = await checks.liveUser(identity(0)) // quiet: at once
      assert.isBelow(Date.now() - started, 300)
      // Two sockets' events in two turns right after it: one query, once the spacing is over.
      const later: Promise<User | null>[] = []
      for (const index of [1, 2]) {
        later.push(checks.liveUser(identity(index)))
        await new Promise((resolve) => setImmediate(resolve))
      }
      answers = [first, ...(await Promise.all(later))]
    })

    assert.isAtLeast(Date.now() - started, 290)
    assert.equal(queries, 2)
    assert.deepEqual(
      answers.map((user) => user?.id ?? null),
      drivers.map((driver) => driver.id)
    )
  })

  test('a wall clock set back (an NTP step) does not hold the checks: the spacing is on a monotonic clock', async ({
    assert,
  }) => {
    const { drivers, identity } = await threeSignedInDrivers()
    const checks = new TokenChecks(20)
    await checks.liveUser(identity(0))
    const answer = await withClockSetBack(60_000, () =>
      Promise.race([checks.liveUser(identity(1)), timedOut(2_000)])
    )
    assert.equal(answer === 'timed out' ? answer : answer?.id, drivers[1].id)
  })

  test('a query that never answers (a connection lost mid-query) holds the checks asked after it only until it counts as stalled', async ({
    assert,
  }) => {
    const { drivers, identity } = await threeSignedInDrivers()
    /** Its first query never answers; the next ones go to the database. */
    class FirstQueryHangs extends TokenChecks {
      #queries = 0
      protected override usersWithLiveTokens(identities: SocketIdentity[]) {
        if (this.#queries++ === 0) return new Promise<Map<string, User>>(() => {})
        return super.usersWithLiveTokens(identities)
      }
    }
    const checks = new FirstQueryHangs(0, 300)
    const stuck = checks.liveUser(identity(0))
    await new Promise((resolve) => setImmediate(resolve))

    const started = Date.now()
    const answer = await Promise.race([checks.liveUser(identity(1)), timedOut(3_000)])
    assert.equal(answer === 'timed out' ? answer : answer?.id, drivers[1].id)
    assert.isAtLeast(Date.now() - started, 290, 'it waited for the query in flight first')
    assert.equal(await Promise.race([stuck, timedOut(50)]), 'timed out')
  })
})
