import { BaseCheck } from '@adonisjs/core/health'
import type { HealthCheckResult } from '@adonisjs/core/types/health'
import { DbCheck } from '@adonisjs/lucid/database'
import db from '@adonisjs/lucid/services/db'

/**
 * Lucid's DbCheck, on the client of the moment: `db.connection()` is asked at
 * every run. A client kept from when the checks were built outlives what it
 * was made from — a transaction open then (a test's global one: "Transaction
 * query already complete" ever after) or a pool Lucid has since closed and
 * replaced — and /health would report the database failing while it answers.
 */
export default class DatabaseHealthCheck extends BaseCheck {
  name = 'database'

  async run(): Promise<HealthCheckResult> {
    return new DbCheck(db.connection()).run()
  }
}
