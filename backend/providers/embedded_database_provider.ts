import type { ApplicationService } from '@adonisjs/core/types'
import { stopEmbeddedPostgis } from '#database/embedded_postgis'

/**
 * Closes the embedded PostGIS (if this process started one) after Lucid
 * has closed its connections, so its data folder is left consistent.
 */
export default class EmbeddedDatabaseProvider {
  constructor(protected app: ApplicationService) {}

  async shutdown() {
    await stopEmbeddedPostgis()
  }
}
