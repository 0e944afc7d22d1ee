import db from '@adonisjs/lucid/services/db'
import GpsFlushRunner from '#tracking/services/gps_flush_runner'

/**
 * The tests' flush runner: each test runs inside a global transaction, where
 * a refused flush (a driver deleted meanwhile) would abort the test's whole
 * transaction. A savepoint takes it back alone, as its own transaction does
 * in production. Bound in place of `GpsFlushRunner` by tests/bootstrap.ts.
 */
export default class SavepointFlushRunner extends GpsFlushRunner {
  async run(sql: string, bindings: string[]) {
    await db.transaction((trx) => trx.rawQuery(sql, bindings))
  }
}
