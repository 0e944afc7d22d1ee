import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'
import { startEmbeddedPostgis } from '#database/embedded_postgis'

/**
 * With DATABASE_URL we use that PostgreSQL; without it the app starts its
 * own PostGIS (PGlite) in EMBEDDED_DB_DIR. Either way Lucid speaks `pg`.
 */
const external = env.get('DATABASE_URL')
const embedded = external
  ? undefined
  : await startEmbeddedPostgis({
      dataDir: env.get('EMBEDDED_DB_DIR') ?? app.makePath('storage/pgdata'),
      port: env.get('EMBEDDED_DB_PORT') ?? 0,
    })

export const databaseMode = embedded ? 'embedded' : 'external'

const dbConfig = defineConfig({
  connection: 'postgres',
  connections: {
    postgres: {
      client: 'pg',
      connection: { connectionString: external ?? embedded!.url },
      pool: {
        min: 0,
        max: env.get('DB_POOL_MAX') ?? (embedded ? embedded.maxConnections / 2 : 10),
      },
      migrations: {
        naturalSort: true,
        paths: ['database/migrations'],
      },
      seeders: { paths: ['database/seeders/main'] },
      schemaGeneration: { enabled: false },
    },
  },
})

export default dbConfig
