import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { refusedDuring } from '#tests/transaction_guard'

test.group('the transaction guard of the tests', (group) => {
  isolateDatabase(group)

  test('refuses a read beside an open transaction, as make dev’s payout approval made it; allows the transaction’s own client and its savepoints', async ({
    assert,
  }) => {
    // The bug: inside the approval's transaction, the statements were read without its client.
    const beside = await refusedDuring(() =>
      db.transaction(async (trx) => {
        await trx.rawQuery('SELECT 1')
        await User.query().first()
      })
    )
    assert.lengthOf(beside, 1)
    assert.match(beside[0], /A query outside the open transaction/)

    const nested = await refusedDuring(() =>
      db.transaction(async () => db.transaction(async (inner) => inner.rawQuery('SELECT 1')))
    )
    assert.match(nested[0], /A second db.transaction outside the open transaction/)

    const inside = await refusedDuring(() =>
      db.transaction(async (trx) => {
        await User.query({ client: trx }).first()
        await trx.transaction(async (savepoint) => {
          await User.query({ client: savepoint }).first()
          await trx.from('users').count('* as n')
        })
        trx.after('commit', () => void User.query().first())
      })
    )
    assert.deepEqual(inside, [])
    // Outside any transaction the pool is the way.
    assert.deepEqual(await refusedDuring(() => User.query().first()), [])
  })
})
