import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { databaseMode } from '#config/database'

/**
 * Distinct statements named per process, hence per connection at most: each keeps its plan
 * on every pooled connection for the connection's life. Past this, queries go unnamed.
 */
export const MAX_PREPARED_STATEMENTS = 64

const names = new Map<string, string>()

/**
 * A raw query sent as a named (prepared) statement, like `db.rawQuery`, in the same
 * transaction when there is one. PostgreSQL parses it once per connection and, after five
 * executions, keeps a generic plan when it costs no more than re-planning: a hot query then
 * skips planning, which was half of `/drivers/nearby`'s time in the database. A plan left
 * stale by a migration is re-planned by PostgreSQL itself (a statement fails only if its
 * result columns change, so callers list them rather than `*`).
 *
 * Only what the text fixes can shape the generic plan: anything whose value changes the
 * best plan (a `LIMIT`) belongs in the text, not in a binding (a bound `LIMIT` is planned
 * as a tenth of the table).
 *
 * On the embedded database (PGlite) the query goes unnamed: every connection shares its one
 * session, so a second connection preparing the same name would find it taken.
 */
export function preparedQuery(sql: string, bindings: Parameters<typeof db.rawQuery>[1]) {
  const query = db.rawQuery(sql, bindings)
  const name = nameOf(sql)
  if (name) query.knexQuery.options({ name })
  return query
}

function nameOf(sql: string) {
  if (databaseMode !== 'external') return null
  let name = names.get(sql)
  if (name === undefined && names.size < MAX_PREPARED_STATEMENTS) {
    name = `njia_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`
    names.set(sql, name)
  }
  return name ?? null
}
