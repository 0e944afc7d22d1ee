import { mkdir } from 'node:fs/promises'
import { lockDataDir } from '#database/embedded_lock'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { servePglite } from '#database/pglite_wire'

/**
 * PostgreSQL + PostGIS compiled to WebAssembly, running inside this process
 * and served over the PostgreSQL wire protocol on a loopback port, so the
 * app talks to it with the same `pg` driver it uses in production.
 */
export interface EmbeddedPostgis {
  url: string
  maxConnections: number
  stop(): Promise<void>
}

let running: Promise<EmbeddedPostgis> | undefined

export function startEmbeddedPostgis(options: { dataDir: string; port: number }) {
  running ??= boot(options)
  return running
}

export async function stopEmbeddedPostgis() {
  if (!running) return
  const instance = await running
  running = undefined
  await instance.stop()
}

async function boot({
  dataDir,
  port,
}: {
  dataDir: string
  port: number
}): Promise<EmbeddedPostgis> {
  const inMemory = dataDir.startsWith('memory://')
  if (!inMemory) await mkdir(dataDir, { recursive: true })
  // One process at a time: two PGlite instances on one folder corrupt it.
  const unlock = inMemory ? () => {} : await lockDataDir(dataDir)
  const db = await PGlite.create({ dataDir, extensions: { postgis, pg_trgm } })
  const maxConnections = 8
  const server = await servePglite(db, { port, maxConnections })
  return {
    url: server.url,
    maxConnections,
    async stop() {
      await server.stop()
      await db.close()
      unlock()
    },
  }
}
