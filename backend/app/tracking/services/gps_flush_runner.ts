import db from '@adonisjs/lucid/services/db'

/**
 * Runs a flush's one statement (`GpsWriteBuffer`): on its own, so it is its
 * own transaction and one round trip. A container singleton
 * (providers/app_provider.ts); the tests bind one that runs it under a
 * savepoint of their global transaction (tests/bootstrap.ts).
 */
export default class GpsFlushRunner {
  async run(sql: string, bindings: string[]) {
    await db.rawQuery(sql, bindings)
  }
}
