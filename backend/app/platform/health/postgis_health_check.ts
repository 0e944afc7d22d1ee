import { BaseCheck, Result } from '@adonisjs/core/health'
import type { HealthCheckResult } from '@adonisjs/core/types/health'
import db from '@adonisjs/lucid/services/db'

/** The database answers and has the PostGIS extension the schema relies on. */
export default class PostgisHealthCheck extends BaseCheck {
  name = 'PostGIS'

  async run(): Promise<HealthCheckResult> {
    try {
      const { rows } = await db.rawQuery('select postgis_lib_version() as version')
      return Result.ok('PostGIS is available').mergeMetaData({ version: rows[0].version })
    } catch (error) {
      return Result.failed(`PostGIS is not available: ${(error as Error).message}`)
    }
  }
}
