import { spawn } from 'node:child_process'
import { mkdir, writeFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { lockDataDir } from '#database/embedded_lock'

/** A backup that could not be made, with a message for the operator. */
export class BackupError extends Error {}

export interface Backup {
  path: string
  bytes: number
}

/**
 * Database backups for `node ace db:backup`, written into `outDir`:
 * pg_dump's custom format for PostgreSQL (restore with pg_restore), PGlite's
 * data folder as a .tar.gz for the embedded database (restore with
 * `PGlite.create({ loadDataDir })`).
 */
export default class BackupService {
  async postgres(databaseUrl: string, outDir: string): Promise<Backup> {
    const path = await this.target(outDir, 'njia', 'dump')
    // The password goes through the environment, not the process list.
    const url = new URL(databaseUrl)
    const password = decodeURIComponent(url.password)
    url.password = ''
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        'pg_dump',
        ['--format=custom', '--no-owner', '--no-privileges', `--file=${path}`, url.toString()],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
        }
      )
      let stderr = ''
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'ENOENT'
            ? new BackupError(
                'pg_dump was not found on PATH. Install the PostgreSQL client tools ' +
                  '(Debian: apt-get install postgresql-client; macOS: brew install libpq) and retry.'
              )
            : error
        )
      )
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new BackupError(`pg_dump failed: ${stderr.trim()}`))
      )
    })
    return this.done(path)
  }

  async embedded(dataDir: string, outDir: string): Promise<Backup> {
    if (dataDir.startsWith('memory://')) {
      throw new BackupError(
        'The embedded database is in memory (EMBEDDED_DB_DIR=memory://): nothing on disk to back up.'
      )
    }
    await stat(dataDir).catch(() => {
      throw new BackupError(
        `No embedded database in ${dataDir} yet (run \`make dev\` or \`make migrate\` first).`
      )
    })
    const unlock = await lockDataDir(dataDir)
    try {
      // PostGIS' code is only needed to run its functions, not to copy the folder.
      const db = await PGlite.create({ dataDir })
      try {
        const archive = await db.dumpDataDir('gzip')
        const path = await this.target(outDir, 'njia-embedded', 'tar.gz')
        await writeFile(path, Buffer.from(await archive.arrayBuffer()))
        return this.done(path)
      } finally {
        await db.close()
      }
    } finally {
      unlock()
    }
  }

  private async target(outDir: string, prefix: string, extension: string) {
    await mkdir(outDir, { recursive: true })
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')
    return join(outDir, `${prefix}-${stamp}.${extension}`)
  }

  private async done(path: string): Promise<Backup> {
    const { size } = await stat(path)
    return { path, bytes: size }
  }
}
