import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolateDatabase } from '#tests/helpers'

/**
 * Foreign keys whose columns do not lead any index of their table. Deleting a
 * referenced row then scans the whole referencing table once per row (the
 * ON DELETE check), which is how deleting 100,000 users took over ten minutes.
 * Partial indexes do not count: the check must find every referencing row.
 * Only our schema: pg-boss keeps its own tables (and foreign keys) in its own.
 */
const UNINDEXED_FOREIGN_KEYS = `
  SELECT c.conrelid::regclass::text AS "table", c.conname AS "name"
  FROM pg_constraint c
  WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
    AND NOT EXISTS (
      SELECT 1 FROM pg_index i
      WHERE i.indrelid = c.conrelid AND i.indpred IS NULL
        AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
        AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
  ORDER BY 1, 2`

async function unindexedForeignKeys() {
  const result = await db.rawQuery(UNINDEXED_FOREIGN_KEYS)
  return (result.rows as { table: string; name: string }[]).map((r) => `${r.table}.${r.name}`)
}

test.group('platform: every foreign key has an index', (group) => {
  isolateDatabase(group)

  test('no table has a foreign key without an index leading with its columns', async ({
    assert,
  }) => {
    assert.deepEqual(
      await unindexedForeignKeys(),
      [],
      'add an index on these columns in a migration (see 17954041400100_index_every_foreign_key)'
    )
  })

  test('a new foreign key without an index is reported until one is made', async ({ assert }) => {
    await db.rawQuery(
      'CREATE TABLE fk_probe (id serial PRIMARY KEY, user_id int REFERENCES users(id), note text)'
    )
    assert.deepEqual(await unindexedForeignKeys(), ['fk_probe.fk_probe_user_id_fkey'])

    await db.rawQuery('CREATE INDEX fk_probe_partial ON fk_probe (user_id) WHERE note IS NULL')
    assert.lengthOf(await unindexedForeignKeys(), 1, 'a partial index misses rows')

    await db.rawQuery('CREATE INDEX fk_probe_user ON fk_probe (user_id, note)')
    assert.deepEqual(await unindexedForeignKeys(), [])
  })
})
